// Letters by language code. Adding a language is adding its file and one line here.
import { cy } from './cy';
import { en } from './en';
import type { LetterTemplates } from './types';

const TEMPLATES: Record<string, LetterTemplates> = { en, cy };

export const LETTER_LANGUAGES = Object.keys(TEMPLATES);

/** The letters for a language ('cy', 'en-GB', …), English when there are none for it. */
export function letterTemplates(lang: string): LetterTemplates {
  return TEMPLATES[lang.toLowerCase().split(/[-_]/)[0] ?? ''] ?? en;
}
