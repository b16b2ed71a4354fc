// The languages Plain Notice speaks, and how one is chosen: the resident's own choice first, then
// the browser's language (Welsh when it is Welsh), else English.
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** The value for `<html lang>` and for date formatting. */
export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en-GB', cy: 'cy' };

/** Each language's own name, shown in that language on the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg' };

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** A language tag such as "cy", "cy-GB" or "en-US" read as one of ours, or null. */
export function fromTag(tag: string | null | undefined): Language | null {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : null;
}

export function chooseLanguage(stored: unknown, uiLanguage: string | null | undefined): Language {
  if (isLanguage(stored)) return stored;
  return fromTag(uiLanguage) ?? DEFAULT_LANGUAGE;
}
