// The shared scenarios' driver for Chromium: today's harness (playwright-core, Debian's Chromium)
// behind the browser-neutral ExtensionBrowser surface.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser, TestPage } from './driver';
import { badgeOf, launch, openPopup, openTab } from './harness';

export function chromiumPage(page: Page): TestPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateSource: (source) => page.evaluate(source),
    click: (selector) => page.click(selector),
    select: async (selector, value) => { await page.selectOption(selector, value); },
    type: (selector, text) => page.fill(selector, text),
    press: (key) => page.keyboard.press(key),
    waitFor: async (selector, timeout = 20_000) => { await page.waitForSelector(selector, { timeout }); },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    screenshot: async (path) => { await page.screenshot({ path, fullPage: true }); },
    close: () => page.close(),
  };
}

export async function launchChromium(): Promise<ExtensionBrowser> {
  const b = await launch();
  const origin = `chrome-extension://${b.extensionId}`;
  return {
    name: 'Chromium',
    extensionOrigin: origin,
    openTab: async (url) => {
      const { page, tabId } = await openTab(b, url);
      return { page: chromiumPage(page), tabId };
    },
    openPopup: async (tabId, options) => chromiumPage(await openPopup(b, tabId, options)),
    openExtensionPage: async (path, { width, height }) => {
      const page = await b.context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(`${origin}/${path}`);
      return chromiumPage(page);
    },
    badge: (tabId) => badgeOf(b, tabId),
    extensionEvaluate: (fn, arg) => b.worker.evaluate(fn as never, arg) as never,
    requests: async () => [...b.requests],
    errors: async () => [...b.pageErrors],
    close: () => b.close(),
  };
}
