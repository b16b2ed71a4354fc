// Every word the extension shows comes from _locales (English first; a Welsh "cy" folder slots in).
import browser from 'webextension-polyfill';

export function t(key: string, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
