// From reading to acting, in Chromium: read a notice → write an erasure letter → mark it sent
// (31 January of a non-leap and a leap year) → My requests shows the right due date → download
// the .ics → the request becomes overdue (the page clock is moved) → the follow-up letter and
// the ICO helper. Also: rights not offered and why, your details remembered only when ticked,
// the popup's open-request line, status changes, storage faults, export and delete everything,
// axe-core in light and dark mode, and no request leaving the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICO_LINKS } from '../../src/core/ico';
import { axeViolations, browserTestsRunnable, launch, openTab, ROOT, serve, type Browser, type Site } from './harness';
import { sitePages } from './pages';
import * as walk from './walk';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const runnable = browserTestsRunnable();
declare const chrome: { storage: { local: { set: (v: object) => Promise<void>; get: (k: string | null) => Promise<Record<string, unknown>>; remove: (k: string) => Promise<void>; getBytesInUse: (k: null) => Promise<number> } } };

describe.skipIf(!runnable)('letters and the request tracker in Chromium', { timeout: 90_000 }, () => {
  let site: Site;
  let b: Browser;
  let tabId: number;
  let noticeUrl: string;

  const stored = (key: string) => b.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
  const popupOn = (day: string) => walk.popupOn(b, tabId, day);
  const openRequests = (day: string, colorScheme: 'light' | 'dark' = 'light') => walk.requestsPageOn(b, day, colorScheme);
  const recordSent = (popup: Page, right: string, sentOn: string) => walk.recordSent(popup, right, sentOn, 'I have sent this');

  beforeAll(async () => {
    site = await serve(sitePages());
    b = await launch();
    noticeUrl = site.url('www.northbrook.gov.uk', '/council-tax/privacy');
    ({ tabId } = await openTab(b, noticeUrl));
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  it('offers only the rights that apply, says why not for the others, and writes an erasure letter naming the notice', async () => {
    const popup = await popupOn('2027-02-10');
    const offered = await popup.locator('fieldset.rights label').allInnerTexts();
    expect(offered).toEqual(['Get a copy of your data', 'Correct your data', 'Delete your data', 'Limit how your data is used', 'Object to how your data is used']);
    await popup.getByText('Why some rights are not offered').click();
    const why = await popup.locator('.not-offered li').allInnerTexts();
    expect(why).toHaveLength(3);
    expect(why[0]).toMatch(/^Get your data in a reusable format: This right applies only when the council uses your data because you agreed or under a contract/);
    await popup.getByLabel('Delete your data', { exact: true }).check();
    expect(await popup.locator('.note').innerText()).toContain('legal duty or a public task');
    const letter = await popup.locator('#letter-text').inputValue();
    expect(letter).toContain('Please delete the personal information Northbrook Borough Council holds about me. I am using my right to have it deleted (Article 17 of the UK GDPR).');
    // The background read the notice ahead, on the machine's real clock: that is the date read.
    expect(letter).toMatch(/I am writing about your privacy notice "Council Tax privacy notice \| Northbrook Borough Council", which I read on \d{1,2} [A-Z][a-z]+ \d{4} at (\S+)\. My request is about Council Tax\./);
    expect(letter).toContain(` at ${noticeUrl}. `);
    expect(letter).toContain('10 February 2027');
    const mailto = await popup.getByRole('link', { name: /Email the letter to dataprotection@northbrook\.gov\.uk/ }).getAttribute('href');
    expect(mailto).toMatch(/^mailto:dataprotection@northbrook\.gov\.uk\?subject=Request%20to%20delete%20my%20personal%20information&body=/);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download letter' }).click()]);
    expect(download.suggestedFilename()).toBe('erasure-request.txt');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(letter);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('fills the letter with your details, and stores them only when you tick "Remember my details"', async () => {
    const popup = await popupOn('2027-02-10');
    await popup.getByRole('textbox', { name: 'Full name' }).fill('Ann Example');
    await popup.getByRole('textbox', { name: 'Address', exact: true }).fill('1 High Street\nNorthbrook');
    await popup.getByLabel(/^Reference number/).fill('CT-4455');
    const letter = await popup.locator('#letter-text').inputValue();
    expect(letter).toContain('Full name: Ann Example');
    expect(letter).toContain('Address: 1 High Street, Northbrook');
    expect(letter).toContain('Reference number: CT-4455');
    expect(await stored('pn:details')).toBeUndefined();
    await popup.getByLabel('Remember my details').check();
    await expect.poll(() => stored('pn:details')).toEqual({ version: 1, details: { name: 'Ann Example', address: '1 High Street\nNorthbrook', reference: 'CT-4455' } });
    await popup.getByLabel(/^Reference number/).fill('CT-9999');
    await expect.poll(() => stored('pn:details')).toMatchObject({ details: { reference: 'CT-9999' } });
    await popup.getByLabel('Remember my details').uncheck();
    await expect.poll(() => stored('pn:details')).toBeUndefined();
    expect(await popup.locator('.status').innerText()).toBe('Your details were removed from this browser.');
    await popup.getByLabel('Remember my details').check();
    await expect.poll(() => stored('pn:details')).toMatchObject({ details: { name: 'Ann Example', reference: 'CT-9999' } });
    await popup.close();
    const again = await popupOn('2027-02-10');
    // The remembered details arrive a moment after the popup renders.
    await expect.poll(() => again.getByRole('textbox', { name: 'Full name' }).inputValue()).toBe('Ann Example');
    expect(await again.locator('#letter-text').inputValue()).toContain('Full name: Ann Example');
    await again.close();
  });

  it('marks the erasure letter sent on 31 January 2027; My requests shows 28 February with the days left', async () => {
    const popup = await popupOn('2027-02-10');
    await popup.locator('#sent-on').fill('2027-02-11');
    await popup.getByRole('button', { name: 'I have sent this' }).click();
    expect(await popup.locator('#sent-on-error').innerText()).toContain('cannot be in the future');
    expect(await stored('pn:requests')).toBeUndefined();
    await recordSent(popup, 'Delete your data', '2027-01-31');
    await expect.poll(() => popup.locator('.status').innerText()).toBe('Recorded. The council must answer by 28 February 2027.');
    expect(await popup.locator('.open-request').innerText()).toContain('You have an open request to Northbrook Borough Council. The answer is due by 28 February 2027.');
    const [page] = await Promise.all([b.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open My requests' }).first().click()]);
    await page.waitForSelector('article.request');
    await page.close();
    await popup.close();

    const requests = await openRequests('2027-02-10');
    const card = requests.locator('article.request');
    expect(await card.locator('h2').innerText()).toBe('Delete your data: Northbrook Borough Council');
    expect(await card.locator('.due').innerText()).toBe('28 February 2027 (18 days left)');
    expect(await card.locator('.facts').innerText()).toMatch(/Service\s+Council Tax\s+Sent\s+31 January 2027\s+Sent to\s+dataprotection@northbrook\.gov\.uk/);
    // 28 February 2027 is a Sunday.
    expect(await card.locator('.hint').allInnerTexts()).toEqual([
      'This day is a weekend, so the council has until the next working day.',
      expect.stringContaining('The latest it could answer is 30 April 2027.'),
    ]);
    expect(await card.locator('.follow-up').count()).toBe(0);
    expect(await axeViolations(requests)).toEqual([]);
    await requests.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(requests)).toEqual([]);
    await requests.screenshot({ path: join(SHOTS, 'requests-dark.png'), fullPage: true });
    await requests.close();
  });

  it('downloads a calendar reminder for the due day (RFC 5545)', async () => {
    const page = await openRequests('2027-02-10');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a calendar reminder' }).click()]);
    expect(download.suggestedFilename()).toBe('request-due-2027-02-28.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270228');
    expect(lines.find((l) => l.startsWith('UID:'))).toMatch(/^UID:[0-9a-f-]{36}@plain-notice$/);
    expect(lines).toContain('SUMMARY:Answer due from Northbrook Borough Council: Delete your data');
    await page.close();
  });

  it('once overdue, counts the days and offers the follow-up letter, then the ICO helper', async () => {
    const page = await openRequests('2027-03-05');
    const card = page.locator('article.request');
    expect(await card.locator('.due').innerText()).toBe('28 February 2027 (5 days overdue)');
    // The remembered details arrive a moment after the page renders.
    await expect.poll(() => card.locator('.follow-up textarea').inputValue()).toContain('Full name: Ann Example');
    const followUp = await card.locator('.follow-up textarea').inputValue();
    expect(followUp).toContain('Reminder: Request to delete my personal information');
    expect(followUp).toContain('On 31 January 2027 I sent you a request: "Request to delete my personal information". I sent it to dataprotection@northbrook.gov.uk.');
    expect(followUp).toContain('your reply was due by 28 February 2027');
    expect(followUp).toContain('Full name: Ann Example');
    expect(await card.getByRole('link', { name: /Email the letter to dataprotection@northbrook\.gov\.uk/ }).getAttribute('href')).toMatch(/^mailto:dataprotection@northbrook\.gov\.uk\?subject=Reminder%3A%20Request%20to%20delete/);
    expect(await card.locator('.ico-helper').innerText()).toContain('Send the reminder first');
    await card.getByRole('button', { name: 'I have sent the reminder' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => card.locator('.ico-helper').innerText()).toContain('Complain by 5 June 2027.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Complain to the ICO');
    const helper = await card.locator('.ico-helper').innerText();
    expect(helper).toContain('a copy of your request');
    expect(helper).toContain('the dates: you sent your request on 31 January 2027 and the answer was due by 28 February 2027');
    expect(await card.getByRole('link', { name: /Make a complaint on the ICO website/ }).getAttribute('href')).toBe(ICO_LINKS.complain);
    const [request] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download your request' }).click()]);
    expect(readFileSync((await request.path())!, 'utf8')).toContain('Please delete the personal information Northbrook Borough Council holds about me.');
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const h of hrefs) expect(h).toMatch(/^(?:https:|http:|mailto:|tel:)/);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'requests-overdue-dark.png'), fullPage: true });
    await page.close();
  });

  it('uses 29 February for a request sent on 31 January of a leap year', async () => {
    const popup = await popupOn('2028-02-05');
    await recordSent(popup, 'Get a copy of your data', '2028-01-31');
    await expect.poll(() => popup.locator('.status').innerText()).toBe('Recorded. The council must answer by 29 February 2028.');
    await popup.close();
    const page = await openRequests('2028-02-05');
    const leap = page.locator('article.request', { hasText: 'Get a copy of your data' });
    expect(await leap.locator('.due').innerText()).toBe('29 February 2028 (24 days left)');
    expect(await leap.locator('.weekend').count()).toBe(0);
    // Waiting requests are listed soonest due first.
    expect(await page.locator('article.request h2').allInnerTexts()).toEqual(['Delete your data: Northbrook Borough Council', 'Get a copy of your data: Northbrook Borough Council']);
    await page.close();
  });

  it('marks a request extended, answered or withdrawn', async () => {
    const page = await openRequests('2027-03-05');
    const card = page.locator('article.request', { hasText: 'Delete your data' });
    await card.getByRole('button', { name: 'The council extended it' }).click();
    await expect.poll(() => card.locator('.state').innerText()).toBe('Extended by the council (5 March 2027)');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Delete your data: Northbrook Borough Council');
    expect(await card.locator('.due').innerText()).toBe('30 April 2027 (56 days left)');
    expect(await card.locator('.follow-up').count()).toBe(0);
    await card.getByRole('button', { name: 'Mark as answered' }).click();
    await expect.poll(() => card.locator('.state').innerText()).toBe('Answered (5 March 2027)');
    expect(await card.locator('.due').innerText()).toBe('30 April 2027');
    const leap = page.locator('article.request', { hasText: 'Get a copy of your data' });
    await leap.getByRole('button', { name: 'Mark as withdrawn' }).click();
    await expect.poll(() => leap.locator('.state').innerText()).toBe('Withdrawn (5 March 2027)');
    const log = await stored('pn:requests') as { version: number; requests: { status: string }[] };
    expect(log.version).toBe(1);
    expect(log.requests.map((r) => r.status)).toEqual(['answered', 'withdrawn']);
    await page.close();
    const popup = await popupOn('2027-03-05');
    expect(await popup.locator('.open-request').count()).toBe(0);
    await popup.close();
  });

  it('says so when storage is full, and changes nothing', async () => {
    const before = await stored('pn:requests');
    // Fill the extension's 10 MB local storage to within 1 000 bytes of its limit.
    await b.worker.evaluate(async () => {
      const free = 10_485_760 - (await chrome.storage.local.getBytesInUse(null));
      await chrome.storage.local.set({ filler: 'x'.repeat(free - 1_000) });
    });
    const popup = await popupOn('2027-03-05');
    await recordSent(popup, 'Correct your data', '2027-03-01');
    await expect.poll(() => popup.locator('.status').innerText()).toContain('storage for Plain Notice is full');
    expect(await stored('pn:requests')).toEqual(before);
    await b.worker.evaluate(() => chrome.storage.local.remove('filler'));
    await popup.close();
  });

  it('can be used with the keyboard alone, and reflows at 200% and 400% zoom (640 and 320 pixels wide)', async () => {
    const page = await openRequests('2027-03-05');
    const names: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      names.push(await page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent?.trim().slice(0, 40) ?? ''}`));
    }
    expect(names).toContain('BUTTON:Mark as waiting again');
    expect(names).toContain('BUTTON:Remove this request');
    expect(names.some((n) => n.startsWith('BUTTON:Download everything Plain Notice'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    // A 1280-pixel window at 200% and 400% zoom.
    for (const width of [640, 320]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width} pixels`).toBeLessThanOrEqual(0);
    }
    await page.screenshot({ path: join(SHOTS, 'requests-narrow-large-text.png'), fullPage: true });
    await page.close();
  });

  it('keeps unreadable requests aside and shows the rest', async () => {
    const good = await stored('pn:requests') as { version: number; requests: unknown[] };
    await b.worker.evaluate((log) => chrome.storage.local.set({ 'pn:requests': log }), { ...good, requests: [...good.requests, { id: 'broken' }] });
    const page = await openRequests('2027-03-05');
    expect(await page.locator('[role="alert"]').innerText()).toContain('could not be read');
    expect(await page.locator('article.request').count()).toBe(2);
    expect(await stored('pn:requests-set-aside')).toEqual([{ id: 'broken' }]);
    await page.close();
  });

  it('exports everything it holds about you, and deletes it all only after confirming', async () => {
    const page = await openRequests('2027-03-05');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download everything Plain Notice holds about you' }).click()]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'plain-notice-my-data', details: { details: { name: 'Ann Example' } }, requestsSetAside: [{ id: 'broken' }] });
    expect(file.requests.requests).toHaveLength(2);
    await page.getByRole('button', { name: 'Delete everything' }).click();
    expect(await page.locator('#delete-confirm-text').innerText()).toBe('Delete your details, 2 requests and 0 saved notices? This cannot be undone.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Keep it' }).click();
    expect(await stored('pn:requests')).toBeDefined();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => page.locator('.message').innerText()).toBe('Everything Plain Notice held about you was deleted.');
    expect(await page.locator('.empty').count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Full name' }).inputValue()).toBe('');
    expect(await b.worker.evaluate(() => chrome.storage.local.get(null))).toEqual({});
    await page.close();
  });

  it('sent nothing anywhere and raised no error on its pages', () => {
    const outside = b.requests.filter((r) => !/^(?:chrome-extension:|http:\/\/[^/]+\.(?:gov\.uk|example\.test):\d+\/|data:|blob:)/.test(r.url));
    expect(outside).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  });
});
