// Written-out dates in the language the page is shown in (the resident's choice, else the
// browser's; see language.ts).
import { dateInWords } from '../core/i18n/dates';
import type { IsoDay } from '../core/calendar';
import { pageLanguage } from './i18n';

/** A day written out in the interface's language, e.g. 28 February 2027 / 28 Chwefror 2027. */
export function uiDay(day: IsoDay): string {
  return dateInWords(day, pageLanguage());
}
