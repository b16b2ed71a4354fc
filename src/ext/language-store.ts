// The resident's language choice in storage.local, read by the pages and the background.
import browser from 'webextension-polyfill';
import { chooseLanguage, type Language } from '../core/i18n/language';

export const LANGUAGE_KEY = 'pn:language';

/**
 * The language the browser chose for the extension's _locales (its own matching of the user's
 * languages: cy-GB finds cy). getUILanguage alone can disagree with it, e.g. in a service worker.
 */
function browserLanguage(): string {
  return browser.i18n.getMessage('languageCode') || browser.i18n.getUILanguage();
}

/** The remembered choice, else the browser's language. */
export async function readLanguage(): Promise<Language> {
  const stored = await browser.storage.local.get(LANGUAGE_KEY).catch(() => ({} as Record<string, unknown>));
  return chooseLanguage(stored[LANGUAGE_KEY], browserLanguage());
}

export async function rememberLanguage(language: Language): Promise<void> {
  await browser.storage.local.set({ [LANGUAGE_KEY]: language }).catch(() => undefined);
}
