// A calendar reminder (.ics, RFC 5545) for the day a council's answer is due, written by the
// `ics` library (line folding, escaping, CRLF). The words are passed in, already translated.
import { createEvent } from 'ics';
import { addDays, type IsoDay } from '../calendar';

export interface Reminder { uid: string; dueOn: IsoDay; title: string; description: string }

const dateArray = (day: IsoDay): [number, number, number] => day.split('-').map(Number) as [number, number, number];

export function reminderIcs(r: Reminder): string {
  const { error, value } = createEvent({
    uid: r.uid,
    productId: 'plain-notice/requests',
    title: r.title,
    description: r.description,
    // An all-day event: DTSTART is the due day, DTEND the day after (RFC 5545 3.6.1).
    start: dateArray(r.dueOn),
    end: dateArray(addDays(r.dueOn, 1)),
    // A reminder at 9am the day before (all-day events start at midnight).
    alarms: [{ action: 'display', description: r.title, trigger: { hours: 15, before: true } }],
  });
  if (error || !value) throw error ?? new Error('could not write the calendar file');
  return value;
}
