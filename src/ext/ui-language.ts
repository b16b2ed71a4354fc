// The language the interface speaks, for letters and written-out dates. One place to change when
// the popup gets its own language switch.
import browser from 'webextension-polyfill';
import { formatDay, type IsoDay } from '../core/calendar';
import { letterTemplates } from '../core/letters/templates';

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** A day written out in the interface's language, e.g. 28 February 2027. */
export function uiDay(day: IsoDay): string {
  return formatDay(day, letterTemplates(uiLanguage()).locale);
}
