// The command line's HTML report in Chromium: zero axe-core violations in light and dark mode and
// at 200% zoom, no request beyond the report itself, and a print layout (no contents list, the
// wide table laid out in full rather than scrolling, addresses printed after the link).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlReport } from '../../src/core/library/report';
import { analyseFixture, analyseSource } from '../helpers/analyse';
import { noticeHtml } from '../helpers/notice-pdf';
import { permitNotice } from '../helpers/sample-notice';
import { axeViolations, browserTestsRunnable, launch, ROOT, serve, type Browser, type Site } from './harness';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const runnable = browserTestsRunnable();

describe.skipIf(!runnable)('the HTML report in Chromium', { timeout: 90_000 }, () => {
  let b: Browser;
  let site: Site;
  beforeAll(async () => {
    const report = htmlReport([
      analyseSource(noticeHtml(permitNotice(), 'Parking permits privacy notice'), 'html', 'https://www.harrowfield.example.gov.uk/parking/privacy').summary,
      analyseSource(noticeHtml(permitNotice('Harrowfield District Council', 'Council tax'), 'Council tax privacy notice'), 'html', 'https://www.harrowfield.example.gov.uk/council-tax/privacy').summary,
      analyseFixture('question-headings.txt', 'https://www.eastmere.example.gov.uk/garden-waste/privacy').summary,
      analyseFixture('accordion.html', 'https://www.westbury.example.gov.uk/housing/privacy').summary,
      analyseFixture('cookie-policy.html', 'https://www.eastmere.example.gov.uk/cookies').summary,
    ], { generatedAt: '2026-03-04T10:00:00.000Z' });
    site = await serve({ '/report.html': report });
    b = await launch();
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  const open = async (colorScheme: 'light' | 'dark'): Promise<Page> => {
    const page = await b.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site.url('127.0.0.1', '/report.html'));
    return page;
  };

  it('has no axe-core violations in light or dark mode, or at 200% zoom', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(scheme);
      expect(await axeViolations(page), scheme).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `report-${scheme}.png`) });
      await page.close();
    }
    const zoomed = await open('light');
    // 200% zoom of a 1280 px window: the same page in 640 CSS pixels.
    await zoomed.setViewportSize({ width: 640, height: 900 });
    expect(await axeViolations(zoomed)).toEqual([]);
    // Only the table's own scrolling region is wider than the window; the page itself is not.
    const wide = await zoomed.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((el) => !el.closest('.table-scroll') && el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`));
    expect(wide).toEqual([]);
    expect(await zoomed.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await zoomed.close();
  });

  it('asks for nothing beyond itself', async () => {
    const before = b.requests.length;
    const page = await open('light');
    await page.waitForLoadState('networkidle');
    expect(b.requests.slice(before).map((r) => r.url)).toEqual([site.url('127.0.0.1', '/report.html')]);
    await page.close();
  });

  it('prints the whole table, without the contents list, with addresses after links', async () => {
    const page = await open('light');
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => ({
      nav: getComputedStyle(document.querySelector('nav')!).display,
      scroll: getComputedStyle(document.querySelector('.table-scroll')!).overflowX,
      after: getComputedStyle(document.querySelector('.address a')!, '::after').content,
    }));
    expect(layout.nav).toBe('none');
    expect(layout.scroll).toBe('visible');
    expect(layout.after).toContain('https://www.');
    await page.close();
  });
});
