// Comparing councils, the parts only Chromium runs: import into a fresh profile, a corrupt import
// that changes nothing, and hostile imported entries. Saving, the table, sorting, filtering,
// details, export, stored-data faults and removing are shared scenarios (scenarios.ts) that run in
// Chromium and Firefox.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJsonExport } from '../../src/core/library/json-file';
import type { Library } from '../../src/core/library/types';
import { browserTestsRunnable, launch, openPopup, openTab, serve, type Browser, type Site } from './harness';
import { sitePages } from './pages';

const runnable = browserTestsRunnable();
declare const chrome: { storage: { local: { set: (v: object) => Promise<void>; get: (k: string) => Promise<Record<string, unknown>>; clear: () => Promise<void> } } };

async function openCompare(b: Browser): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${b.extensionId}/src/compare/index.html`);
  await page.waitForSelector('h1');
  await page.waitForFunction(() => document.querySelector('.empty, table'));
  return page;
}
const rowTexts = (page: Page) => page.locator('tbody tr:not(.group-row) th[scope="row"]').allInnerTexts();

describe.skipIf(!runnable)('comparing councils in Chromium', { timeout: 90_000 }, () => {
  let site: Site;
  let b: Browser;
  let exportedJson = '';

  beforeAll(async () => {
    site = await serve(sitePages());
    b = await launch();
    // Three saved notices to export.
    for (const [host, path] of [['www.northbrook.gov.uk', '/council-tax/privacy'], ['www.westbury.gov.uk', '/housing/privacy'], ['www.eastmere.gov.uk', '/garden-waste/privacy']] as const) {
      const { tabId } = await openTab(b, site.url(host, path));
      const popup = await openPopup(b, tabId);
      await popup.getByRole('button', { name: 'Save to my comparison' }).click();
      await popup.locator('.status', { hasText: 'Saved.' }).waitFor();
      await popup.close();
    }
    // The export file, as the compare page's Download JSON writes it (that button is a shared scenario).
    const stored = await b.worker.evaluate(async () => (await chrome.storage.local.get('pn:library'))['pn:library']);
    exportedJson = toJsonExport(stored as Library, new Date().toISOString());
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  it('imports the JSON into a fresh profile and shows the same table; a corrupt file changes nothing', async () => {
    const before = await (async () => { const p = await openCompare(b); const r = await rowTexts(p); await p.close(); return r; })();
    const fresh = await launch();
    try {
      const page = await openCompare(fresh);
      expect(await page.locator('.empty').count()).toBe(1);
      const good = join(tmpdir(), 'pn-export.json');
      writeFileSync(good, exportedJson);
      await page.getByLabel('Import a JSON export').setInputFiles(good);
      await expect.poll(() => page.locator('.message').innerText()).toContain('Imported 3 notices.');
      expect((await rowTexts(page)).sort()).toEqual([...before].sort());
      const bad = join(tmpdir(), 'pn-corrupt.json');
      writeFileSync(bad, exportedJson.slice(0, exportedJson.length / 2));
      await page.getByLabel('Import a JSON export').setInputFiles(bad);
      await expect.poll(() => page.locator('[role="alert"]').innerText()).toContain('not JSON');
      expect((await rowTexts(page)).sort()).toEqual([...before].sort());
      const partial = JSON.parse(exportedJson);
      partial.notices[1].summary.detection.score = 'high';
      writeFileSync(bad, JSON.stringify(partial));
      await page.getByLabel('Import a JSON export').setInputFiles(bad);
      await expect.poll(() => page.locator('[role="alert"]').innerText()).toContain('1 entries were not imported');
      expect(await page.locator('[role="alert"] li').innerText()).toMatch(/detection\/score/);
    } finally {
      await fresh.close();
    }
  });

  it('shows hostile imported entries as text, never as markup or unsafe links', async () => {
    const file = JSON.parse(exportedJson);
    const evil = file.notices[0];
    evil.id = 'javascript:alert(1)';
    evil.url = 'javascript:alert(1)';
    evil.title = '<img src=x onerror="window.__pwned=1"> Evil notice';
    evil.service = '<script>window.__pwned=2</script>';
    evil.summary.source.url = 'javascript:alert(1)';
    evil.summary.plain.headline = '<b>bold</b> \u202eheadline';
    const path = join(tmpdir(), 'pn-evil.json');
    writeFileSync(path, JSON.stringify({ ...file, notices: [evil] }));
    const page = await openCompare(b);
    await page.getByLabel('Import a JSON export').setInputFiles(path);
    await expect.poll(() => page.locator('.message').innerText()).toContain('Imported 1 notices.');
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const h of hrefs) expect(h).toMatch(/^(?:https:|http:|mailto:|tel:)/);
    expect(await page.locator('th[scope="row"]', { hasText: '<script>' }).count()).toBe(1);
    await page.getByRole('button', { name: /^Remove <img/ }).click();
    await page.close();
  });

  it('raised no error or content security policy violation on its pages', () => {
    expect(b.pageErrors).toEqual([]);
  });
});
