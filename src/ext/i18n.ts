// Every word the extension's pages show comes from public/_locales/<language>/messages.json, the
// one source of the words (the manifest uses them too). The tables are bundled so the resident
// can switch language while a page is open; the page's <html lang> says which one is shown.
import cy from '../../public/_locales/cy/messages.json';
import en from '../../public/_locales/en/messages.json';
import { formatMessage, type MessageTable } from '../core/i18n/format-message';
import { DEFAULT_LANGUAGE, fromTag, type Language } from '../core/i18n/language';
import { wordsFor } from '../core/plain/words';

export const MESSAGES: Record<Language, MessageTable> = { en, cy };

/** The language the page is shown in: its <html lang>, set by applyLanguage (English outside a page). */
export function pageLanguage(): Language {
  return (typeof document === 'undefined' ? null : fromTag(document.documentElement.lang)) ?? DEFAULT_LANGUAGE;
}

/** A message in the given language, falling back to English, then to the key itself. */
export function messageIn(language: Language, key: string, ...substitutions: string[]): string {
  return formatMessage(MESSAGES[language], key, substitutions) ?? formatMessage(MESSAGES.en, key, substitutions) ?? key;
}

export function t(key: string, ...substitutions: string[]): string {
  return messageIn(pageLanguage(), key, ...substitutions);
}

/** The plain-summary words (checklist names, rights…) in the page's language. */
export const plainWords = () => wordsFor(pageLanguage());
