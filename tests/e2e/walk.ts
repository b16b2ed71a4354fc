// Helpers for the walks from a notice to My requests: pages opened on a chosen day (the page
// clock is fixed at local noon, so the day is the same in every time zone) and a letter marked sent.
import type { Page } from 'playwright-core';
import { openPopup, type Browser } from './harness';

export const atNoon = (day: string) => new Date(`${day}T12:00:00`);

export async function popupOn(b: Browser, tabId: number, day: string): Promise<Page> {
  await b.context.clock.setFixedTime(atNoon(day));
  return openPopup(b, tabId);
}

export async function requestsPageOn(b: Browser, day: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  await b.context.clock.setFixedTime(atNoon(day));
  const page = await b.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${b.extensionId}/src/requests/index.html`);
  await page.waitForFunction(() => document.querySelector('.empty, article.request'));
  return page;
}

/** Chooses a right by its label, sets the day it was sent and presses the "I have sent this" button (named in the page's language). */
export async function recordSent(popup: Page, right: string, sentOn: string, sentButton: string): Promise<void> {
  await popup.getByLabel(right, { exact: true }).check();
  await popup.locator('#sent-on').fill(sentOn);
  await popup.getByRole('button', { name: sentButton }).click();
}
