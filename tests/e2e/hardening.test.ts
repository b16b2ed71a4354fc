// Hostile and huge pages, and storage faults, against the built extension in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICO_LINKS } from '../../src/core/ico';
import { browserTestsRunnable, launch, openPopup, openTab, serve, type Browser, type Site } from './harness';
import { hostilePage, hugePage, manyItemsPage } from './pages';

const runnable = browserTestsRunnable();
declare const chrome: { storage: { local: { set: (v: object) => Promise<void>; remove: (k: string) => Promise<void>; get: (k: string) => Promise<Record<string, unknown>> } } };

describe.skipIf(!runnable)('hostile pages, huge pages and storage faults', { timeout: 120_000 }, () => {
  let site: Site;
  let b: Browser;

  beforeAll(async () => {
    site = await serve({ '/hostile': hostilePage(), '/huge': hugePage(10_000_000), '/items': manyItemsPage(50_000) });
    b = await launch();
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  it('shows a hostile page’s notice as text only, with safe links and the real ICO', async () => {
    const { tabId } = await openTab(b, site.url('www.hostile.gov.uk', '/hostile'));
    const popup = await openPopup(b, tabId);
    await popup.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await popup.locator('h1').innerText()).toBe('Hostile Borough Council');
    // Nothing from the page became markup or ran in the popup.
    expect(await popup.locator('main img, main script, main iframe, main object, main embed').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await popup.title()).toBe('Plain Notice');
    const text = await popup.locator('body').innerText();
    expect(text).toContain('bailiffs <img src=x onerror=alert');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    // Only https, http, mailto and tel links; ICO links go to the ICO's own site.
    const links = await popup.locator('a[href]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent ?? '' })));
    for (const l of links) expect(l.href).toMatch(/^(?:https:|http:|mailto:|tel:)/);
    expect(links.filter((l) => /ICO|Information Commissioner/i.test(l.text)).map((l) => new URL(l.href).hostname)).toEqual(expect.arrayContaining(['ico.org.uk']));
    for (const l of links.filter((l) => /^https?:/.test(l.href))) expect(new URL(l.href).hostname).toBe('ico.org.uk');
    expect(links.find((l) => l.text.includes('Complain to the ICO'))!.href).toBe(ICO_LINKS.complain);
    // The real address is offered; look-alikes are not.
    const mailto = links.filter((l) => l.href.startsWith('mailto:')).map((l) => l.href.split('?')[0]);
    expect(mailto).toEqual(['mailto:dpo@hostile.gov.uk']);
    expect(links.find((l) => l.href.startsWith('tel:'))?.href).toBe('tel:01174960555');
    // The 100 000-character word wraps instead of widening the popup.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await popup.close();
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

  it('reads a page with 50 000 list items', async () => {
    const { tabId } = await openTab(b, site.url('www.items.gov.uk', '/items'));
    const popup = await openPopup(b, tabId);
    expect(await popup.locator('h1').innerText()).toBe('Listtown Borough Council');
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
