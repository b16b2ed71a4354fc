// Saving and comparing councils in Chromium: save from the popup, the compare page's table, sort
// and filter, details, CSV and JSON export, import into a fresh profile, a corrupt import that
// changes nothing, remove and clear, storage faults, and axe-core on the page.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/core/library/csv';
import { axeViolations, browserTestsRunnable, launch, openPopup, openTab, ROOT, serve, type Browser, type Site } from './harness';
import { sitePages } from './pages';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
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
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  it('saves notices from the popup; saving the same page again keeps its first date', async () => {
    for (const [host, path] of [['www.northbrook.gov.uk', '/council-tax/privacy'], ['www.westbury.gov.uk', '/housing/privacy'], ['www.eastmere.gov.uk', '/garden-waste/privacy']] as const) {
      const { tabId } = await openTab(b, site.url(host, path));
      const popup = await openPopup(b, tabId);
      await popup.getByRole('button', { name: 'Save to my comparison' }).click();
      await expect.poll(() => popup.locator('.status').innerText()).toContain('Saved.');
      await popup.close();
    }
    const first = await b.worker.evaluate(async () => (await chrome.storage.local.get('pn:library'))['pn:library']) as { notices: { firstSavedAt: string; savedAt: string }[] };
    const { tabId } = await openTab(b, site.url('www.northbrook.gov.uk', '/council-tax/privacy'));
    const popup = await openPopup(b, tabId);
    await popup.getByRole('button', { name: 'Save to my comparison' }).click();
    await expect.poll(() => popup.locator('.status').innerText()).toContain('Saved.');
    await popup.close();
    const again = await b.worker.evaluate(async () => (await chrome.storage.local.get('pn:library'))['pn:library']) as typeof first;
    expect(again.notices).toHaveLength(3);
    expect(again.notices[0]!.firstSavedAt).toBe(first.notices[0]!.firstSavedAt);
    expect(again.notices[0]!.savedAt >= first.notices[0]!.savedAt).toBe(true);
  });

  it('shows a real table grouped by council, with scores, and no axe-core violations', async () => {
    const page = await openCompare(b);
    expect(await page.locator('caption').count()).toBe(1);
    expect(await page.locator('thead th[scope="col"]').count()).toBeGreaterThan(20);
    expect(await page.locator('tr.group-row th').allInnerTexts()).toEqual([
      'Eastmere District Council — transparency score 84', 'Northbrook Borough Council — transparency score 100', 'Westbury City Council — transparency score 38',
    ].map((t) => expect.stringMatching(new RegExp(`^${t.split(' — ')[0]} — transparency score \\d+$`))));
    expect(await page.locator('td.check-missing').first().innerText()).toMatch(/✕\s*No/);
    expect(await page.getByText('Score = 100 × (items present').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'compare-dark.png'), fullPage: true });
    await page.close();
  });

  it('sorts and filters', async () => {
    const page = await openCompare(b);
    const score = page.locator('th', { has: page.getByRole('button', { name: /^Score/ }) });
    await page.getByRole('button', { name: /^Score/ }).click();
    expect(await score.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await page.locator('tbody tr:not(.group-row) td.num:first-of-type').allInnerTexts();
    expect(ascending.map(Number)).toEqual([...ascending.map(Number)].sort((x, y) => x - y));
    await page.getByRole('button', { name: /^Score/ }).click();
    expect(await score.getAttribute('aria-sort')).toBe('descending');
    await page.getByLabel('Council', { exact: true }).selectOption('Westbury City Council');
    expect(await rowTexts(page)).toHaveLength(1);
    expect(await page.locator('.showing').innerText()).toBe('Showing 1 of 3 notices');
    await page.getByLabel('Council', { exact: true }).selectOption('');
    await page.getByLabel('Leaves out').selectOption('international-transfers');
    expect((await rowTexts(page)).join(' ')).toContain('Garden waste');
    expect(await rowTexts(page)).toHaveLength(2);
    await page.getByLabel('Leaves out').selectOption('');
    await page.getByLabel('Service contains').fill('council tax');
    expect(await rowTexts(page)).toHaveLength(1);
    await page.close();
  });

  it('opens the full summary of a notice, moving focus to it', async () => {
    const page = await openCompare(b);
    await page.getByRole('button', { name: /^Details for Council Tax privacy notice/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
    expect(await page.locator('.detail').innerText()).toContain('Northbrook Borough Council holds this information.');
    await page.close();
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

  it('removes one notice, and clears all only after confirming', async () => {
    const page = await openCompare(b);
    await page.getByRole('button', { name: /^Remove Housing services privacy notice/ }).click();
    await expect.poll(() => rowTexts(page)).toHaveLength(2);
    await page.getByRole('button', { name: 'Remove all saved notices' }).click();
    await page.getByRole('button', { name: 'Keep them' }).click();
    expect(await rowTexts(page)).toHaveLength(2);
    await page.getByRole('button', { name: 'Remove all saved notices' }).click();
    expect(await page.locator('#confirm-text').innerText()).toBe('Remove all 2 saved notices? This cannot be undone.');
    await page.getByRole('button', { name: 'Yes, remove all' }).click();
    await expect.poll(() => page.locator('.empty').count()).toBe(1);
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
