// Comparing councils, the parts only Chromium runs: CSV and JSON export, import into a fresh
// profile, a corrupt import that changes nothing, hostile imported entries, and storage faults.
// Saving, the table, sorting, filtering, details and removing are shared scenarios (scenarios.ts)
// that run in Chromium and Firefox.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/core/library/csv';
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
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  it('exports CSV and JSON', async () => {
    const page = await openCompare(b);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^plain-notice-comparison-\d{4}-\d{2}-\d{2}\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(readFileSync((await csv.path())!, 'utf8'), { header: true });
    expect(parsed.meta.fields).toEqual(CSV_COLUMNS.map(([n]) => n));
    expect(parsed.data.map((r) => r.council).sort()).toEqual(['Eastmere District Council', 'Northbrook Borough Council', 'Westbury City Council']);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    exportedJson = readFileSync((await json.path())!, 'utf8');
    const file = JSON.parse(exportedJson);
    expect(file).toMatchObject({ format: 'plain-notice-comparison', version: 2 });
    expect(file.notices).toHaveLength(3);
    await page.close();
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

  it('keeps corrupt stored data aside and reads an older format', async () => {
    await b.worker.evaluate(() => chrome.storage.local.set({ 'pn:library': 'not a library' }));
    let page = await openCompare(b);
    expect(await page.locator('[role="alert"]').innerText()).toContain('kept aside');
    expect(await b.worker.evaluate(async () => (await chrome.storage.local.get('pn:library-set-aside'))['pn:library-set-aside'])).toEqual(['not a library']);
    await page.close();
    const v2 = JSON.parse(exportedJson);
    const v1 = { version: 1, notices: v2.notices.map((n: { url: string; savedAt: string; summary: unknown }) => ({ url: n.url, savedAt: n.savedAt, summary: n.summary })) };
    await b.worker.evaluate((lib) => chrome.storage.local.set({ 'pn:library': lib }), v1);
    page = await openCompare(b);
    expect(await rowTexts(page)).toHaveLength(3);
    expect(await b.worker.evaluate(async () => ((await chrome.storage.local.get('pn:library'))['pn:library'] as { version: number }).version)).toBe(2);
    await page.close();
  });
});
