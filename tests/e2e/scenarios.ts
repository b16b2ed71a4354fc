// One list of browser scenarios, run in Chromium and in Firefox (see suite.ts): the badge, the
// popup's summary, the subject access letter and its links, "show on page", the not-a-notice
// path, keyboard-only use, axe-core in light and dark mode, 200% zoom, a hostile page, 50 000 list
// items, the seed notices, saving to the comparison and the compare page, and at the end: no
// request left the browser, no error.
import Papa from 'papaparse';
import { expect } from 'vitest';
import { ICO_LINKS } from '../../src/core/ico';
import { CSV_COLUMNS } from '../../src/core/library/csv';
import { axeViolationsIn } from './axe';
import type { ExtensionBrowser, TestPage } from './driver';
import type { Site } from './harness';
import { SEEDS, seedPages } from './pages';
import { attribute, byName, clickByName, count, download, hrefs, sidewaysOverflow, text, texts } from './queries';

export interface World {
  b: ExtensionBrowser;
  site: Site;
  /** The tab showing host+path, opened on first use and kept for the scenarios after. */
  tab(host: string, path: string): Promise<{ page: TestPage; tabId: number }>;
  /** Where a screenshot of this name goes, for this browser. */
  shot(name: string): string;
}

/** skip: why the scenario cannot run here, when it cannot. */
export interface Scenario { name: string; run: (w: World) => Promise<void>; skip?: string }

const NOTICE = ['www.northbrook.gov.uk', '/council-tax/privacy'] as const;
const BINS = ['www.eastmere.gov.uk', '/bins'] as const;
/** The pages opened before any scenario runs, so each scenario also runs on its own. */
export const OPENED_FIRST = [NOTICE, BINS];

declare const chrome: { storage: {
  session: { get: (k: string) => Promise<Record<string, { summary: { source: { analysedAt: string } } }>> };
  local: { get: (k: string) => Promise<Record<string, unknown>>; set: (v: object) => Promise<void>; remove: (k: string) => Promise<void> };
} };

const axe = (p: TestPage) => axeViolationsIn(p);
const openAllDetails = (p: TestPage) => p.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
const status = (p: TestPage) => text(p, '.status');

async function waitForBadge(w: World, tabId: number, wanted: string) {
  await expect.poll(async () => (await w.b.badge(tabId)).text, { timeout: 6000 }).toBe(wanted);
  return w.b.badge(tabId);
}

const seeds = seedPages();

const noticeScenarios: Scenario[] = [
  {
    name: 'badges a council privacy notice, with words and a tooltip',
    run: async (w) => {
      const { tabId } = await w.tab(...NOTICE);
      const badge = await waitForBadge(w, tabId, 'Read');
      expect(badge.title).toMatch(/looks like a privacy notice/);
    },
  },
  {
    name: 'reads a flagged page ahead, and the popup uses that reading',
    run: async (w) => {
      const { tabId } = await w.tab(...NOTICE);
      const stored = () => w.b.extensionEvaluate(async (id) => (await chrome.storage.session.get(`summary:${id}`))[`summary:${id}`]?.summary.source.analysedAt ?? null, tabId);
      await expect.poll(stored, { timeout: 10_000 }).not.toBeNull();
      const ahead = await stored();
      const popup = await w.b.openPopup(tabId);
      expect(await text(popup, 'h1')).toBe('Northbrook Borough Council');
      expect(await stored()).toBe(ahead);
      await popup.close();
    },
  },
  {
    name: 'does not badge an ordinary council page',
    run: async (w) => {
      const { tabId } = await w.tab(...BINS);
      await new Promise((r) => setTimeout(r, 1500));
      expect((await w.b.badge(tabId)).text).toBe('');
    },
  },
  {
    name: 'shows the headline, a card per topic and what is left out',
    run: async (w) => {
      const { tabId } = await w.tab(...NOTICE);
      const started = Date.now();
      const popup = await w.b.openPopup(tabId);
      console.log(`${w.b.name}: popup rendered a summary in ${Date.now() - started} ms`);
      expect(await text(popup, 'h1')).toBe('Northbrook Borough Council');
      expect(await text(popup, '.notice-title')).toContain('Council Tax privacy notice');
      expect(await text(popup, '.updated')).toBe('Last updated: 12 September 2025');
      expect(await texts(popup, 'section.card h2')).toEqual(['Who has your data', 'Why they use it', 'What they hold', 'Who they share it with', 'How long they keep it', 'Your rights', 'Sending it abroad', 'Decisions made by computer', 'What the notice leaves out', 'Use your rights']);
      expect(await popup.evaluate(() => (document.querySelector('#card-keeping')!.parentElement as HTMLElement).innerText)).toContain('6 years after the end of the financial year');
      expect(await text(popup, '.card-missing')).toContain('The notice covers everything the law asks it to.');
      await popup.screenshot(w.shot('popup-sample-light.png'));
      await popup.close();
    },
  },
  {
    name: 'fills the subject access letter and links only to the ICO’s real pages',
    run: async (w) => {
      const { tabId } = await w.tab(...NOTICE);
      const popup = await w.b.openPopup(tabId);
      const letter = await popup.evaluate(() => (document.querySelector('#letter-text') as HTMLTextAreaElement).value);
      expect(letter).toContain('To: Data Protection Officer, Northbrook Borough Council');
      expect(letter).toContain('Please send me a copy of all the personal information Northbrook Borough Council holds about me.');
      const link = async (name: RegExp) => attribute(popup, await byName(popup, 'a', name), 'href');
      expect(await link(/Email the letter to dataprotection@northbrook\.gov\.uk/)).toMatch(/^mailto:dataprotection@northbrook\.gov\.uk\?subject=Subject%20access%20request&body=/);
      expect(await link(/Call 0117 496 0321/)).toBe('tel:01174960321');
      expect(await link(/Complain to the ICO/)).toBe(ICO_LINKS.complain);
      expect(await link(/ICO register entry/)).toBe(ICO_LINKS.registerEntry('Z9876543'));
      expect(await link(/guide to getting your data/)).toBe(ICO_LINKS.subjectAccessGuide);
      for (const h of await hrefs(popup)) expect(h.href).toMatch(/^(?:https:|http:|mailto:|tel:)/);
      const file = await download(popup, await byName(popup, 'button', 'Download letter'));
      expect(file.fileName).toBe('subject-access-request.txt');
      expect(file.text).toBe(letter);
      await popup.close();
    },
  },
  {
    name: 'shows a claim’s evidence on the page when asked',
    run: async (w) => {
      const { page, tabId } = await w.tab(...NOTICE);
      expect(await count(page, '[data-plain-notice-mark]')).toBe(0);
      const popup = await w.b.openPopup(tabId);
      await popup.click('#card-sharing ~ details summary');
      await clickByName(popup, 'button', /Show on page: the Department for Work and Pensions/);
      await expect.poll(() => status(popup)).toContain('Shown on the page');
      expect(await text(page, '[data-plain-notice-mark]')).toBe('the Department for Work and Pensions');
      await popup.close();
    },
  },
  {
    name: 'says plainly when a page is not a notice, and analyses it anyway on request',
    run: async (w) => {
      const { tabId } = await w.tab(...BINS);
      const popup = await w.b.openPopup(tabId);
      expect(await text(popup, 'h1')).toBe('This page does not look like a privacy notice');
      expect(await axe(popup)).toEqual([]);
      await popup.screenshot(w.shot('popup-not-a-notice.png'));
      await clickByName(popup, 'button', 'Analyse this page anyway');
      await popup.waitFor('section.card-missing');
      expect(await text(popup, '.hint')).toContain('not sure this page is a privacy notice');
      await popup.close();
    },
  },
  {
    name: 'can be used with the keyboard alone',
    run: async (w) => {
      const { page, tabId } = await w.tab(...NOTICE);
      const popup = await w.b.openPopup(tabId);
      // Once through the tab order, which must be the reading order and reach every control. (Going
      // past the end would leave the page: Firefox moves on to its own toolbar.)
      // Each control is numbered once in reading order; Tab must visit them in that order. A date
      // field takes several Tab presses (day, month, year) but is one control.
      const names = (which: 'controls' | 'focused') => popup.evaluate((w) => {
        const name = (el: Element | null) => `${el?.getAttribute('data-stop') ?? ''}|${el?.tagName ?? ''}:${(el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().slice(0, 40)}`;
        if (w === 'focused') return [name(document.activeElement)];
        // A group of radio buttons is one tab stop: its checked button, else its first.
        const radioStop = (e: Element) => {
          const r = e as HTMLInputElement;
          if (r.type !== 'radio') return true;
          const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${r.name}"]`)];
          return group.some((g) => g.checked) ? r.checked : group[0] === r;
        };
        const stops = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
          .filter((e) => !(e as HTMLButtonElement).disabled && e.checkVisibility() && radioStop(e));
        stops.forEach((e, i) => e.setAttribute('data-stop', String(i)));
        return stops.map(name);
      }, which);
      const readingOrder = await names('controls');
      const focusNames: string[] = [];
      // Bounded: at most three presses per control (a date field's parts).
      for (let i = 0; i < readingOrder.length * 3 && focusNames.length < readingOrder.length; i++) {
        await popup.press('Tab');
        const [focused] = await names('focused');
        if (focused !== focusNames[focusNames.length - 1]) focusNames.push(focused!);
      }
      expect(focusNames).toEqual(readingOrder);
      const labels = focusNames.map((n) => n.slice(n.indexOf('|') + 1));
      expect(labels).toContain('BUTTON:Copy summary');
      expect(labels.some((n) => n.startsWith('SUMMARY:What the notice says'))).toBe(true);
      expect(labels).toContain('BUTTON:Copy letter');
      // Open the recipients' evidence and show one on the page, by keyboard.
      await popup.evaluate(() => (document.querySelector('#card-sharing ~ details summary') as HTMLElement).focus());
      await popup.press('Enter');
      await popup.press('Tab');
      expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Show on page: /);
      await popup.press('Enter');
      await expect.poll(() => status(popup)).toContain('Shown on the page');
      expect(await count(page, '[data-plain-notice-mark]')).toBe(1);
      // Every focused control shows a visible focus ring.
      expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
      await popup.close();
    },
  },
  ...(['light', 'dark'] as const).map((scheme): Scenario => ({
    name: `has no axe-core violations in ${scheme} mode`,
    run: async (w) => {
      const { tabId } = await w.tab(...NOTICE);
      const popup = await w.b.openPopup(tabId, { colorScheme: scheme });
      expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      await openAllDetails(popup);
      expect(await axe(popup)).toEqual([]);
      await popup.screenshot(w.shot(`popup-sample-${scheme}-open.png`));
      await popup.close();
    },
  })),
  {
    name: 'stays readable at 200% zoom (no sideways scrolling in half the width)',
    run: async (w) => {
      const { tabId } = await w.tab(...NOTICE);
      const popup = await w.b.openPopup(tabId);
      await popup.setViewport(320, 700);
      expect(await sidewaysOverflow(popup)).toBeLessThanOrEqual(0);
      await clickByName(popup, 'button', /larger text/);
      await clickByName(popup, 'button', /larger text/);
      await expect.poll(() => popup.evaluate(() => document.documentElement.style.fontSize)).toBe('125%');
      expect(await sidewaysOverflow(popup)).toBeLessThanOrEqual(0);
      await popup.screenshot(w.shot('popup-narrow-large-text.png'));
      await popup.close();
    },
  },
  {
    name: 'reads a notice with accordions and a question-heading notice',
    run: async (w) => {
      const a = await w.tab('www.westbury.gov.uk', '/housing/privacy');
      await waitForBadge(w, a.tabId, 'Read');
      const popup = await w.b.openPopup(a.tabId);
      expect(await text(popup, 'h1')).toBe('Westbury City Council');
      await popup.close();
      const q = await w.tab('www.eastmere.gov.uk', '/garden-waste/privacy');
      const popup2 = await w.b.openPopup(q.tabId);
      expect(await text(popup2, '.card-missing')).toContain('The notice asks if your data leaves the UK but does not answer.');
      await popup2.close();
    },
  },
  {
    name: 'on a site it may not read without a click, runs no script and says so plainly',
    run: async (w) => {
      const { tabId } = await w.tab('shop.example.test', '/council-tax/privacy');
      expect((await w.b.badge(tabId)).text).toBe('');
      const popup = await w.b.openPopup(tabId);
      // Opened as a page by the test, the popup has no activeTab grant: it must explain, not fail.
      expect(await text(popup, 'h1')).toBe('Plain Notice cannot read this page');
      expect(await byName(popup, 'button', 'Try again')).toBeTruthy();
      expect(await axe(popup)).toEqual([]);
      await popup.close();
    },
  },
  {
    name: 'shows a hostile page’s notice as text only, with safe links and the real ICO',
    run: async (w) => {
      const { tabId } = await w.tab('www.hostile.gov.uk', '/hostile');
      const popup = await w.b.openPopup(tabId);
      await openAllDetails(popup);
      expect(await text(popup, 'h1')).toBe('Hostile Borough Council');
      // Nothing from the page became markup or ran in the popup.
      expect(await count(popup, 'main img, main script, main iframe, main object, main embed')).toBe(0);
      expect(await popup.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
      expect(await popup.evaluate(() => document.title)).toBe('Plain Notice');
      const body = (await text(popup, 'body'))!;
      expect(body).toContain('bailiffs <img src=x onerror=alert');
      expect(body).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      // Only https, http, mailto and tel links; ICO links go to the ICO's own site.
      const links = await hrefs(popup);
      for (const l of links) expect(l.href).toMatch(/^(?:https:|http:|mailto:|tel:)/);
      expect(links.filter((l) => /ICO|Information Commissioner/i.test(l.text)).map((l) => new URL(l.href).hostname)).toEqual(expect.arrayContaining(['ico.org.uk']));
      for (const l of links.filter((l) => /^https?:/.test(l.href))) expect(new URL(l.href).hostname).toBe('ico.org.uk');
      expect(links.find((l) => l.text.includes('Complain to the ICO'))!.href).toBe(ICO_LINKS.complain);
      // The real address is offered; look-alikes are not.
      expect(links.filter((l) => l.href.startsWith('mailto:')).map((l) => l.href.split('?')[0])).toEqual(['mailto:dpo@hostile.gov.uk']);
      expect(links.find((l) => l.href.startsWith('tel:'))?.href).toBe('tel:01174960555');
      // The 100 000-character word wraps instead of widening the popup.
      expect(await sidewaysOverflow(popup)).toBeLessThanOrEqual(0);
      await popup.close();
    },
  },
  {
    name: 'reads a page with 50 000 list items',
    run: async (w) => {
      const { tabId } = await w.tab('www.items.gov.uk', '/items');
      const popup = await w.b.openPopup(tabId);
      expect(await text(popup, 'h1')).toBe('Listtown Borough Council');
      await popup.close();
    },
  },
  {
    name: 'reads each seed notice served as a council page',
    skip: seeds.length ? undefined : `no seed notices: ${SEEDS} is absent`,
    run: async (w) => {
      for (const s of seeds) {
        const { tabId } = await w.tab('www.seeds.gov.uk', s.path);
        const popup = await w.b.openPopup(tabId);
        const h1 = await text(popup, 'h1');
        if (s.controller) expect(h1, s.id).toBe(s.controller);
        else expect(h1, s.id).not.toBe('This page does not look like a privacy notice');
        await popup.screenshot(w.shot(`seed-${s.id}.png`));
        await popup.close();
      }
    },
  },
];

const LIBRARY = 'pn:library';
type Library = { version: number; notices: { url: string; firstSavedAt: string; savedAt: string; summary: unknown }[] };
const library = (w: World) => w.b.extensionEvaluate(async (key) => (await chrome.storage.local.get(key))[key] ?? null, LIBRARY) as Promise<Library | null>;

async function openCompare(w: World): Promise<TestPage> {
  const page = await w.b.openExtensionPage('src/compare/index.html', { width: 1280, height: 900 });
  await page.waitFor('h1');
  await page.waitFor('.empty, table');
  return page;
}
const rowTexts = (p: TestPage) => texts(p, 'tbody tr:not(.group-row) th[scope="row"]');

async function saveFromPopup(w: World, tabId: number) {
  const popup = await w.b.openPopup(tabId);
  await clickByName(popup, 'button', 'Save to my comparison');
  await expect.poll(() => status(popup)).toContain('Saved.');
  await popup.close();
}

const compareScenarios: Scenario[] = [
  {
    name: 'saves notices from the popup; saving the same page again keeps its first date',
    run: async (w) => {
      for (const [host, path] of [NOTICE, ['www.westbury.gov.uk', '/housing/privacy'], ['www.eastmere.gov.uk', '/garden-waste/privacy']] as const) {
        await saveFromPopup(w, (await w.tab(host, path)).tabId);
      }
      const first = (await library(w))!;
      await saveFromPopup(w, (await w.tab(...NOTICE)).tabId);
      const again = (await library(w))!;
      expect(again.notices).toHaveLength(3);
      expect(again.notices[0]!.firstSavedAt).toBe(first.notices[0]!.firstSavedAt);
      expect(again.notices[0]!.savedAt >= first.notices[0]!.savedAt).toBe(true);
    },
  },
  {
    name: 'shows the saved notices in a table grouped by council, with scores, and no axe-core violations',
    run: async (w) => {
      const page = await openCompare(w);
      expect(await count(page, 'caption')).toBe(1);
      expect(await count(page, 'thead th[scope="col"]')).toBeGreaterThan(20);
      expect(await texts(page, 'tr.group-row th')).toEqual(['Eastmere District Council', 'Northbrook Borough Council', 'Westbury City Council']
        .map((c) => expect.stringMatching(new RegExp(`^${c} — transparency score \\d+$`))));
      expect(await text(page, 'td.check-missing')).toMatch(/✕\s*No/);
      expect(await page.evaluate(() => document.body.innerText.includes('Score = 100 × (items present'))).toBe(true);
      expect(await axe(page)).toEqual([]);
      await page.setColorScheme('dark');
      expect(await axe(page)).toEqual([]);
      await page.screenshot(w.shot('compare-dark.png'));
      await page.close();
    },
  },
  {
    name: 'sorts and filters the comparison',
    run: async (w) => {
      const page = await openCompare(w);
      // Clicks a column's sort button and returns the column's aria-sort.
      const sortBy = async (name: RegExp) => {
        const button = await byName(page, 'button.sort', name);
        await page.click(button);
        return page.evaluate((s) => document.querySelector(s)?.closest('th')?.getAttribute('aria-sort') ?? null, button);
      };
      expect(await sortBy(/^Score/)).toBe('ascending');
      const ascending = (await texts(page, 'tbody tr:not(.group-row) td.num:first-of-type')).map(Number);
      expect(ascending).toEqual([...ascending].sort((x, y) => x - y));
      expect(await sortBy(/^Score/)).toBe('descending');
      await page.select('#filter-council', 'Westbury City Council');
      expect(await rowTexts(page)).toHaveLength(1);
      expect(await text(page, '.showing')).toBe('Showing 1 of 3 notices');
      await page.select('#filter-council', '');
      await page.select('#filter-missing', 'international-transfers');
      expect((await rowTexts(page)).join(' ')).toContain('Garden waste');
      expect(await rowTexts(page)).toHaveLength(2);
      await page.select('#filter-missing', '');
      await page.type('#filter-service', 'council tax');
      await expect.poll(() => rowTexts(page)).toHaveLength(1);
      await page.close();
    },
  },
  {
    name: 'opens the full summary of a saved notice, moving focus to it',
    run: async (w) => {
      const page = await openCompare(w);
      await clickByName(page, 'button', /^Details for Council Tax privacy notice/);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
      expect(await text(page, '.detail')).toContain('Northbrook Borough Council holds this information.');
      await page.close();
    },
  },
  {
    name: 'exports the comparison as CSV and JSON',
    run: async (w) => {
      const page = await openCompare(w);
      const csv = await download(page, await byName(page, 'button', 'Download CSV'));
      expect(csv.fileName).toMatch(/^plain-notice-comparison-\d{4}-\d{2}-\d{2}\.csv$/);
      const parsed = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
      expect(parsed.meta.fields).toEqual(CSV_COLUMNS.map(([n]) => n));
      expect(parsed.data.map((r) => r.council).sort()).toEqual(['Eastmere District Council', 'Northbrook Borough Council', 'Westbury City Council']);
      await page.close();
      // A fresh page, so the download is caught afresh.
      const again = await openCompare(w);
      const json = await download(again, await byName(again, 'button', 'Download JSON'));
      expect(json.fileName).toMatch(/^plain-notice-comparison-\d{4}-\d{2}-\d{2}\.json$/);
      const file = JSON.parse(json.text);
      expect(file).toMatchObject({ format: 'plain-notice-comparison', version: 2 });
      expect(file.notices).toHaveLength(3);
      await again.close();
    },
  },
  {
    name: 'keeps corrupt stored data aside, and reads the comparison’s older format',
    run: async (w) => {
      // The library is turned into format 1 inside the extension: a value read out through the
      // driver can lose shared references (WebDriver BiDi serialises the second one as a reference).
      await w.b.extensionEvaluate(async (key) => {
        const saved = (await chrome.storage.local.get(key))[key] as Library;
        await chrome.storage.local.set({ 'pn:test-format-1': { version: 1, notices: saved.notices.map((n) => ({ url: n.url, savedAt: n.savedAt, summary: n.summary })) } });
        await chrome.storage.local.set({ [key]: 'not a library' });
      }, LIBRARY);
      let page = await openCompare(w);
      expect(await text(page, '[role="alert"]')).toContain('kept aside');
      expect(await w.b.extensionEvaluate(async () => (await chrome.storage.local.get('pn:library-set-aside'))['pn:library-set-aside'])).toEqual(['not a library']);
      await page.close();
      await w.b.extensionEvaluate(async (key) => {
        const v1 = (await chrome.storage.local.get('pn:test-format-1'))['pn:test-format-1'];
        await chrome.storage.local.set({ [key]: v1 });
        await chrome.storage.local.remove('pn:test-format-1');
      }, LIBRARY);
      page = await openCompare(w);
      expect(await rowTexts(page)).toHaveLength(3);
      expect((await library(w))?.version).toBe(2);
      await page.close();
    },
  },
  {
    name: 'removes one saved notice, and clears all only after confirming',
    run: async (w) => {
      const page = await openCompare(w);
      await clickByName(page, 'button', /^Remove Housing services privacy notice/);
      await expect.poll(() => rowTexts(page)).toHaveLength(2);
      await clickByName(page, 'button', 'Remove all saved notices');
      await clickByName(page, 'button', 'Keep them');
      expect(await rowTexts(page)).toHaveLength(2);
      await clickByName(page, 'button', 'Remove all saved notices');
      expect(await text(page, '#confirm-text')).toBe('Remove all 2 saved notices? This cannot be undone.');
      await clickByName(page, 'button', 'Yes, remove all');
      await expect.poll(() => count(page, '.empty')).toBe(1);
      expect((await library(w))?.notices).toEqual([]);
      await page.close();
    },
  },
];

/** Test pages are *.gov.uk and *.example.test on the test server's port; nothing else may be asked for. */
const isTestPage = (u: URL, site: Site) => (u.hostname.endsWith('.gov.uk') || u.hostname.endsWith('.example.test')) && u.port === String(site.port);

const closingScenarios: Scenario[] = [
  {
    name: 'sends no request of its own: every request went to the test pages or stayed inside the extension',
    run: async (w) => {
      const requests = await w.b.requests();
      const foreign = requests.filter((r) => {
        const u = new URL(r.url);
        if (`${u.protocol}//${u.host}` === w.b.extensionOrigin || ['data:', 'blob:', 'about:'].includes(u.protocol)) return false;
        return !isTestPage(u, w.site);
      });
      expect(foreign).toEqual([]);
      const fromExtension = requests.filter((r) => r.from.startsWith(w.b.extensionOrigin) || r.from === 'service worker')
        .filter((r) => !r.url.startsWith(`${w.b.extensionOrigin}/`) && !r.url.startsWith('blob:'));
      expect(fromExtension).toEqual([]);
      // The record is live: every page the scenarios opened is in it.
      expect(requests.filter((r) => isTestPage(new URL(r.url), w.site)).length).toBeGreaterThan(5);
    },
  },
  {
    name: 'raised no error or content security policy violation',
    run: async (w) => {
      expect(await w.b.errors()).toEqual([]);
    },
  },
  {
    name: 'its error record is live: a CSP violation on an extension page is caught',
    run: async (w) => {
      const page = await openCompare(w);
      await page.evaluate(() => { const img = document.createElement('img'); img.src = 'https://blocked.example.test/pixel.png'; img.alt = ''; document.body.append(img); });
      await expect.poll(async () => (await w.b.errors()).join('\n'), { timeout: 5000 }).toMatch(/blocked\.example\.test/);
      await page.close();
    },
  },
];

export const SCENARIOS: Scenario[] = [...noticeScenarios, ...compareScenarios, ...closingScenarios];
