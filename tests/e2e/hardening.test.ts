// A huge page and storage faults, against the built extension in Chromium. (The hostile page and
// the page of 50 000 list items are shared scenarios, run in Chromium and Firefox: scenarios.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsRunnable, launch, openPopup, openTab, serve, type Browser, type Site } from './harness';
import { hostilePage, hugePage } from './pages';

const runnable = browserTestsRunnable();
declare const chrome: { storage: { local: { set: (v: object) => Promise<void>; remove: (k: string) => Promise<void>; get: (k: string) => Promise<Record<string, unknown>> } } };

describe.skipIf(!runnable)('a huge page and storage faults', { timeout: 120_000 }, () => {
  let site: Site;
  let b: Browser;

  beforeAll(async () => {
    site = await serve({ '/hostile': hostilePage(), '/huge': hugePage(10_000_000) });
    b = await launch();
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  it('reads a 10 MB page without freezing it (long tasks measured while the popup reads)', async () => {
    const { page, tabId } = await openTab(b, site.url('www.huge.gov.uk', '/huge'));
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    });
    await b.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { clear: () => Promise<void> } } } }).chrome.storage.session.clear());
    const started = Date.now();
    const popup = await openPopup(b, tabId);
    console.log(`10 MB page: popup ready in ${Date.now() - started} ms`);
    expect(await popup.locator('h1').innerText()).toBe('Bigtown Borough Council');
    const longest = Math.max(0, ...(await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)));
    console.log(`10 MB page: longest task on the page while read: ${longest.toFixed(0)} ms (target 50 ms, measured in npm run bench)`);
    // A generous bound: the bench holds the 50 ms target; this catches a return to one long block.
    expect(longest).toBeLessThan(250);
    await popup.close();
  });

  it('says clearly when storage is full, and loses nothing', async () => {
    const { tabId } = await openTab(b, site.url('www.hostile.gov.uk', '/hostile'));
    const before = await b.worker.evaluate(async () => (await chrome.storage.local.get('pn:library'))['pn:library'] ?? null);
    // Fill the extension's 10 MB local storage almost to the brim.
    await b.worker.evaluate(() => chrome.storage.local.set({ filler: 'x'.repeat(10_470_000) }));
    const popup = await openPopup(b, tabId);
    await popup.getByRole('button', { name: 'Save to my comparison' }).click();
    await expect.poll(() => popup.locator('.status').innerText()).toContain('storage for Plain Notice is full');
    expect(await b.worker.evaluate(async () => (await chrome.storage.local.get('pn:library'))['pn:library'] ?? null)).toEqual(before);
    await b.worker.evaluate(() => chrome.storage.local.remove('filler'));
    await popup.getByRole('button', { name: 'Save to my comparison' }).click();
    await expect.poll(() => popup.locator('.status').innerText()).toContain('Saved.');
    await popup.close();
  });
});
