// The built extension in Debian's Chromium: badge, popup content, the rights letter and
// links, "show me on the page", the not-a-notice path, keyboard-only use, axe-core in light and
// dark mode, 200% zoom, screenshots, the seed notices, and no request from the extension.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICO_LINKS } from '../../src/core/ico';
import { axeViolations, badgeOf, browserTestsRunnable, launch, openPopup, openTab, ROOT, serve, waitForBadge, type Browser, type Site } from './harness';
import { seedHtml, seedPages, sitePages } from './pages';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const runnable = browserTestsRunnable();

describe.skipIf(!runnable)('the extension in Chromium', { timeout: 60_000 }, () => {
  let site: Site;
  let b: Browser;
  const seeds = seedPages();
  const opened: Record<string, { page: Page; tabId: number }> = {};

  async function visit(host: string, path: string) {
    const url = site.url(host, path);
    const { page, tabId } = await openTab(b, url);
    opened[`${host}${path}`] = { page, tabId };
    return { page, tabId, url };
  }

  beforeAll(async () => {
    const pages = sitePages();
    for (const s of seeds) pages[s.path] = seedHtml(s.id);
    site = await serve(pages);
    b = await launch();
    mkdirSync(SHOTS, { recursive: true });
    // The pages most tests look at, opened once so each test can run on its own.
    await visit('www.northbrook.gov.uk', '/council-tax/privacy');
    await visit('www.eastmere.gov.uk', '/bins');
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  it('badges a council privacy notice, with words and a tooltip', async () => {
    const { tabId } = opened['www.northbrook.gov.uk/council-tax/privacy']!;
    const badge = await waitForBadge(b, tabId, 'Read');
    expect(badge.text).toBe('Read');
    expect(badge.title).toMatch(/looks like a privacy notice/);
  });

  it('reads a flagged page ahead, and the popup uses that reading', async () => {
    const { tabId } = opened['www.northbrook.gov.uk/council-tax/privacy']!;
    const stored = () => b.worker.evaluate(async (id) => {
      const got = await (globalThis as unknown as { chrome: { storage: { session: { get: (k: string) => Promise<Record<string, { summary: { source: { analysedAt: string } } }>> } } } }).chrome.storage.session.get(`summary:${id}`);
      return got[`summary:${id}`]?.summary.source.analysedAt ?? null;
    }, tabId);
    await expect.poll(stored, { timeout: 10_000 }).not.toBeNull();
    const ahead = await stored();
    const popup = await openPopup(b, tabId);
    expect(await popup.locator('h1').innerText()).toBe('Northbrook Borough Council');
    expect(await stored()).toBe(ahead);
    await popup.close();
  });

  it('does not badge an ordinary council page', async () => {
    const { tabId } = opened['www.eastmere.gov.uk/bins']!;
    await new Promise((r) => setTimeout(r, 1500));
    expect((await badgeOf(b, tabId)).text).toBe('');
  });

  it('shows the headline, a card per topic and what is left out', async () => {
    const { tabId } = opened['www.northbrook.gov.uk/council-tax/privacy']!;
    const started = Date.now();
    const popup = await openPopup(b, tabId);
    console.log(`popup rendered a summary in ${Date.now() - started} ms`);
    expect(await popup.locator('h1').innerText()).toBe('Northbrook Borough Council');
    expect(await popup.locator('.notice-title').innerText()).toContain('Council Tax privacy notice');
    expect(await popup.locator('.updated').innerText()).toBe('Last updated: 12 September 2025');
    const cards = await popup.locator('section.card h2').allInnerTexts();
    expect(cards).toEqual(['Who has your data', 'Why they use it', 'What they hold', 'Who they share it with', 'How long they keep it', 'Your rights', 'Sending it abroad', 'Decisions made by computer', 'What the notice leaves out', 'Use your rights']);
    expect(await popup.locator('#card-keeping').locator('..').innerText()).toContain('6 years after the end of the financial year');
    expect(await popup.locator('.card-missing').innerText()).toContain('The notice covers everything the law asks it to.');
    await popup.screenshot({ path: join(SHOTS, 'popup-sample-light.png'), fullPage: true });
    await popup.close();
  });

  it('fills the subject access letter and links only to the ICO’s real pages', async () => {
    const { tabId } = opened['www.northbrook.gov.uk/council-tax/privacy']!;
    const popup = await openPopup(b, tabId);
    const letter = await popup.locator('#letter-text').inputValue();
    expect(letter).toContain('To: Data Protection Officer, Northbrook Borough Council');
    expect(letter).toContain('Please send me a copy of all the personal information Northbrook Borough Council holds about me.');
    const mailto = await popup.getByRole('link', { name: /Email the letter to dataprotection@northbrook\.gov\.uk/ }).getAttribute('href');
    expect(mailto).toMatch(/^mailto:dataprotection@northbrook\.gov\.uk\?subject=Subject%20access%20request&body=/);
    expect(await popup.getByRole('link', { name: /Call 0117 496 0321/ }).getAttribute('href')).toBe('tel:01174960321');
    expect(await popup.getByRole('link', { name: /Complain to the ICO/ }).getAttribute('href')).toBe(ICO_LINKS.complain);
    expect(await popup.getByRole('link', { name: /ICO register entry/ }).getAttribute('href')).toBe(ICO_LINKS.registerEntry('Z9876543'));
    expect(await popup.getByRole('link', { name: /guide to getting your data/ }).getAttribute('href')).toBe(ICO_LINKS.subjectAccessGuide);
    const hrefs = await popup.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const h of hrefs) expect(h).toMatch(/^(?:https:|http:|mailto:|tel:)/);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download letter' }).click()]);
    expect(download.suggestedFilename()).toBe('subject-access-request.txt');
    await popup.close();
  });

  it('shows a claim’s evidence on the page when asked', async () => {
    const { page, tabId } = opened['www.northbrook.gov.uk/council-tax/privacy']!;
    expect(await page.locator('[data-plain-notice-mark]').count()).toBe(0);
    const popup = await openPopup(b, tabId);
    const sharing = popup.locator('section', { has: popup.locator('#card-sharing') });
    await sharing.locator('summary').click();
    await sharing.getByRole('button', { name: /Show on page: the Department for Work and Pensions/ }).click();
    await expect.poll(() => popup.locator('.status').innerText()).toContain('Shown on the page');
    expect(await page.locator('[data-plain-notice-mark]').innerText()).toBe('the Department for Work and Pensions');
    await popup.close();
  });

  it('says plainly when a page is not a notice, and analyses it anyway on request', async () => {
    const { tabId } = opened['www.eastmere.gov.uk/bins']!;
    const popup = await openPopup(b, tabId);
    expect(await popup.locator('h1').innerText()).toBe('This page does not look like a privacy notice');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: join(SHOTS, 'popup-not-a-notice.png'), fullPage: true });
    await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
    await popup.waitForSelector('section.card-missing');
    expect(await popup.locator('.hint').first().innerText()).toContain('not sure this page is a privacy notice');
    await popup.close();
  });

  it('can be used with the keyboard alone', async () => {
    const { page, tabId } = opened['www.northbrook.gov.uk/council-tax/privacy']!;
    const popup = await openPopup(b, tabId);
    const focusNames: string[] = [];
    for (let i = 0; i < 40; i++) {
      await popup.keyboard.press('Tab');
      focusNames.push(await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return `${el?.tagName ?? ''}:${(el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().slice(0, 40)}`;
      }));
    }
    expect(focusNames).toContain('BUTTON:Copy summary');
    expect(focusNames.some((n) => n.startsWith('SUMMARY:What the notice says'))).toBe(true);
    expect(focusNames).toContain('BUTTON:Copy letter');
    // Open the recipients' evidence and show one on the page, by keyboard.
    await popup.locator('#card-sharing ~ details summary').focus();
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Show on page: /);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.status').innerText()).toContain('Shown on the page');
    expect(await page.locator('[data-plain-notice-mark]').count()).toBe(1);
    // Every focused control shows a visible focus ring.
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await popup.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations in ${scheme} mode`, async () => {
      const { tabId } = opened['www.northbrook.gov.uk/council-tax/privacy']!;
      const popup = await openPopup(b, tabId, { colorScheme: scheme });
      await popup.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await axeViolations(popup)).toEqual([]);
      await popup.screenshot({ path: join(SHOTS, `popup-sample-${scheme}-open.png`), fullPage: true });
      await popup.close();
    });
  }

  it('stays readable at 200% zoom (no sideways scrolling in half the width)', async () => {
    const { tabId } = opened['www.northbrook.gov.uk/council-tax/privacy']!;
    const popup = await openPopup(b, tabId);
    await popup.setViewportSize({ width: 320, height: 700 });
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await popup.getByRole('button', { name: /larger text/ }).click();
    await popup.getByRole('button', { name: /larger text/ }).click();
    await expect.poll(() => popup.evaluate(() => document.documentElement.style.fontSize)).toBe('125%');
    expect(await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await popup.screenshot({ path: join(SHOTS, 'popup-narrow-large-text.png'), fullPage: true });
    await popup.close();
  });

  it('reads a notice with accordions and a question-heading notice', async () => {
    const a = await visit('www.westbury.gov.uk', '/housing/privacy');
    await waitForBadge(b, a.tabId, 'Read');
    const popup = await openPopup(b, a.tabId);
    expect(await popup.locator('h1').innerText()).toBe('Westbury City Council');
    await popup.close();
    const q = await visit('www.eastmere.gov.uk', '/garden-waste/privacy');
    const popup2 = await openPopup(b, q.tabId);
    expect(await popup2.locator('.card-missing').innerText()).toContain('The notice asks if your data leaves the UK but does not answer.');
    await popup2.close();
  });

  it('on a site it may not read without a click, runs no script and says so plainly', async () => {
    const { tabId } = await visit('shop.example.test', '/council-tax/privacy');
    expect((await badgeOf(b, tabId)).text).toBe('');
    const popup = await openPopup(b, tabId);
    // Opened as a page by the test, the popup has no activeTab grant: it must explain, not fail.
    expect(await popup.locator('h1').innerText()).toBe('Plain Notice cannot read this page');
    expect(await popup.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it.skipIf(!seeds.length)('reads each seed notice served as a council page', async () => {
    for (const s of seeds) {
      const { tabId } = await visit('www.seeds.gov.uk', s.path);
      const popup = await openPopup(b, tabId);
      const h1 = await popup.locator('h1').innerText();
      if (s.controller) expect(h1, s.id).toBe(s.controller);
      else expect(h1, s.id).not.toBe('This page does not look like a privacy notice');
      await popup.screenshot({ path: join(SHOTS, `seed-${s.id}.png`), fullPage: true });
      await popup.close();
    }
  });

  it('sends no request of its own: every request went to the test pages or stayed inside the extension', async () => {
    const foreign = b.requests.filter((r) => {
      const u = new URL(r.url);
      if (u.protocol === 'chrome-extension:' && u.host === b.extensionId) return false;
      if (['data:', 'blob:', 'about:'].includes(u.protocol)) return false;
      return !((u.hostname.endsWith('.gov.uk') || u.hostname.endsWith('.example.test')) && u.port === String(site.port));
    });
    expect(foreign).toEqual([]);
    const fromExtension = b.requests.filter((r) => r.from.startsWith('chrome-extension:') || r.from === 'service worker').filter((r) => !r.url.startsWith(`chrome-extension://${b.extensionId}/`) && !r.url.startsWith('blob:'));
    expect(fromExtension).toEqual([]);
    expect(b.requests.length).toBeGreaterThan(5);
  });

  it('raised no error or content security policy violation on its pages', () => {
    expect(b.pageErrors).toEqual([]);
  });
});
