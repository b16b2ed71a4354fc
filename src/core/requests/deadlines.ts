// The ICO's time limits for a rights request, as pure date rules:
// - the council must answer within one calendar month of receiving the request: by the same date
//   next month, or that month's last day when the date does not exist (31 January → 28/29 February);
// - for a complex request it may extend by two further months (three months from receipt);
// - a complaint to the ICO is expected within three months of the last contact with the council.
import { addCalendarMonths, daysBetween, type IsoDay } from '../calendar';

export const REPLY_MONTHS = 1;
export const EXTENSION_MONTHS = 2;
export const COMPLAINT_MONTHS = 3;

export function replyDueOn(receivedOn: IsoDay): IsoDay {
  return addCalendarMonths(receivedOn, REPLY_MONTHS);
}

export function extendedDueOn(receivedOn: IsoDay): IsoDay {
  return addCalendarMonths(receivedOn, REPLY_MONTHS + EXTENSION_MONTHS);
}

export function complainBy(lastContactOn: IsoDay): IsoDay {
  return addCalendarMonths(lastContactOn, COMPLAINT_MONTHS);
}

/** Days left until `dueOn` counted from `today`: 0 on the day itself, negative once overdue. */
export function daysLeft(dueOn: IsoDay, today: IsoDay): number {
  return daysBetween(today, dueOn);
}
