// The resident's language choice in storage.local, read by the pages and the background.
import browser from 'webextension-polyfill';
import { chooseLanguage, type Language } from '../core/i18n/language';

export const LANGUAGE_KEY = 'pn:language';

/** The remembered choice, else the browser's language. */
export async function readLanguage(): Promise<Language> {
  const stored = await browser.storage.local.get(LANGUAGE_KEY).catch(() => ({} as Record<string, unknown>));
  return chooseLanguage(stored[LANGUAGE_KEY], browser.i18n.getUILanguage());
}

export async function rememberLanguage(language: Language): Promise<void> {
  await browser.storage.local.set({ [LANGUAGE_KEY]: language }).catch(() => undefined);
}
