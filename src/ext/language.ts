// The language an extension page is shown in: chosen once when the page opens (the resident's
// stored choice, else the browser's language), changed with the switch, and remembered.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { chooseLanguage, LANGUAGE_TAGS, type Language } from '../core/i18n/language';
import { pageLanguage, t } from './i18n';

export const LANGUAGE_KEY = 'pn:language';

/** Shows the page in a language: <html lang> (which t() reads) and the window title. */
export function applyLanguage(language: Language, titleKey: string): void {
  document.documentElement.lang = LANGUAGE_TAGS[language];
  document.title = t(titleKey);
}

/** Before the first render: the remembered choice, else the browser's language. */
export async function startLanguage(titleKey: string): Promise<Language> {
  const stored = await browser.storage.local.get(LANGUAGE_KEY).catch(() => ({} as Record<string, unknown>));
  const language = chooseLanguage(stored[LANGUAGE_KEY], browser.i18n.getUILanguage());
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
    void browser.storage.local.set({ [LANGUAGE_KEY]: next }).catch(() => undefined);
  };
  return [language, choose];
}
