// The extension's own pages, named once. The popup opens them in a new tab; a page moves to
// another in the same tab, except where it keeps the resident's place (My requests from the
// comparison opens beside it).
import browser from 'webextension-polyfill';

const PAGES = {
  compare: 'src/compare/index.html',
  pdf: 'src/pdf/index.html',
  requests: 'src/requests/index.html',
} as const;

export type ExtensionPage = keyof typeof PAGES;

export function openPage(page: ExtensionPage, where: 'new tab' | 'this tab'): void {
  const url = browser.runtime.getURL(PAGES[page]);
  if (where === 'new tab') void browser.tabs.create({ url });
  else location.assign(url);
}
