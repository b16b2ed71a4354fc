// Calendar days as 'YYYY-MM-DD' strings, computed in UTC so a resident's time zone or summer
// time never moves a date. Pure: "today" is always passed in.
import { dateInWords } from './i18n/dates';
import { DEFAULT_LANGUAGE, fromTag } from './i18n/language';

export type IsoDay = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function parts(day: IsoDay): [number, number, number] {
  const m = DAY.exec(day);
  if (!m) throw new RangeError(`not a calendar day: ${day}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== 'string' || !DAY.test(value)) return false;
  const [y, m, d] = parts(value);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The day a Date falls on, in UTC. */
export function isoDay(date: Date): IsoDay {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The day a Date falls on where the resident is (for "today" and the date a letter was sent). */
export function localIsoDay(date: Date): IsoDay {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The same day `months` calendar months later or, when that month is too short, its last day:
 * 31 January + 1 → 28 (or 29) February, 31 March + 1 → 30 April.
 */
export function addCalendarMonths(day: IsoDay, months: number): IsoDay {
  const [y, m, d] = parts(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / MS_PER_DAY);
}

/** A day written out in a language, e.g. 28 February 2027 (en-GB), 28 Chwefror 2027 (cy). Our own month names: browsers often lack Welsh. */
export function formatDay(day: IsoDay, locale: string): string {
  parts(day);
  return dateInWords(day, fromTag(locale) ?? DEFAULT_LANGUAGE);
}

export function addDays(day: IsoDay, days: number): IsoDay {
  const [y, m, d] = parts(day);
  return isoDay(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Saturday or Sunday. */
export function isWeekend(day: IsoDay): boolean {
  const [y, m, d] = parts(day);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday === 0 || weekday === 6;
}
