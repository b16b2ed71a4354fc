// The language an extension page is shown in: chosen once when the page opens (the resident's
// stored choice, else the browser's language), changed with the switch, and remembered.
import { useState } from 'preact/hooks';
import { LANGUAGE_TAGS, type Language } from '../core/i18n/language';
import { pageLanguage, t } from './i18n';
import { readLanguage, rememberLanguage } from './language-store';

/** Shows the page in a language: <html lang> (which t() reads) and the window title. */
export function applyLanguage(language: Language, titleKey: string): void {
  document.documentElement.lang = LANGUAGE_TAGS[language];
  document.title = t(titleKey);
}

/** Before the first render. */
export async function startLanguage(titleKey: string): Promise<Language> {
  const language = await readLanguage();
  applyLanguage(language, titleKey);
  return language;
}

/**
 * For a page's root component: the language shown and a way to change it. Changing it sets
 * <html lang> before the re-render, so every t() in the new render speaks the new language.
 */
export function useLanguage(titleKey: string): [Language, (language: Language) => void] {
  const [language, setLanguage] = useState<Language>(pageLanguage);
  const choose = (next: Language) => {
    applyLanguage(next, titleKey);
    setLanguage(next);
    void rememberLanguage(next);
  };
  return [language, choose];
}
