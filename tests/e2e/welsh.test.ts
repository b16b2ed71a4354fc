// Cymraeg in Chromium: a browser whose language is Welsh gets the Welsh popup (words, summary,
// dates, badge, <html lang>), the English | Cymraeg switch changes it at once and is remembered,
// nothing English is left on screen, the compare page speaks Welsh too, and axe-core finds
// nothing in light or dark mode. Then the Welsh walk: read a notice → Welsh erasure letter →
// mark it sent (31 Ionawr) → Fy ngheisiadau with the due date (28/29 Chwefror) → the .ics →
// overdue → the Welsh follow-up letter and the ICO helper.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import cyMessages from '../../public/_locales/cy/messages.json';
import enMessages from '../../public/_locales/en/messages.json';
import { ICO_LINKS_CY } from '../../src/core/ico';
import { en as enLetters } from '../../src/core/letters/templates/en';
import { cy } from '../../src/core/plain/language/cy';
import { en } from '../../src/core/plain/language/en';
import { axeViolations, browserTestsRunnable, launch, openPopup, openTab, ROOT, serve, waitForBadge, type Browser, type Site } from './harness';
import { sitePages } from './pages';
import * as walk from './walk';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const runnable = browserTestsRunnable();
const en_ = enMessages as Record<string, { message: string }>;
const cy_ = cyMessages as Record<string, { message: string }>;

/** English interface words that must not show while Welsh is chosen (those Welsh writes the same way are left out). */
const ENGLISH_WORDS = [
  ...Object.keys(en_).map((k) => en_[k]!.message).filter((m, i) => m !== cy_[Object.keys(en_)[i]!]!.message),
  ...Object.values(en.titles),
].map((m) => m.split('$')[0]!.trim()).filter((m) => m.length >= 8);

const englishOn = async (page: Page) => {
  expect(ENGLISH_WORDS.length).toBeGreaterThan(80);
  const text = await page.locator('body').innerText();
  return ENGLISH_WORDS.filter((w) => text.includes(w));
};

// Each describe has its own Welsh browser and profile (the walk moves the clock and keeps requests).
let site: Site;
let b: Browser;
let tabId = 0;
function useWelshBrowser() {
  beforeAll(async () => {
    site = await serve(sitePages());
    b = await launch({ lang: 'cy' });
    ({ tabId } = await openTab(b, site.url('www.northbrook.gov.uk', '/council-tax/privacy')));
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });
}

describe.skipIf(!runnable)('Plain Notice in Welsh, in Chromium', { timeout: 90_000 }, () => {
  useWelshBrowser();

  it('follows the browser’s Welsh: badge, popup words, summary and dates', async () => {
    const badge = await waitForBadge(b, tabId, cy_.badgeFound!.message);
    expect(badge.text).toBe('Yma');
    expect(badge.title).toBe(cy_.badgeTitleFound!.message);
    const popup = await openPopup(b, tabId);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await popup.title()).toBe('Plain Notice');
    expect(await popup.locator('h1').innerText()).toBe('Northbrook Borough Council');
    expect(await popup.locator('.updated').innerText()).toBe('Diweddarwyd ddiwethaf: 12 Medi 2025');
    expect(await popup.locator('.headline').innerText()).toBe('Mae Northbrook Borough Council yn cadw’r wybodaeth hon.');
    const cards = await popup.locator('section.card h2').allInnerTexts();
    expect(cards).toEqual([cy.titles.who, cy.titles.why, cy.titles.what, cy.titles.sharing, cy.titles.keeping, cy.titles.rights, cy.titles.abroad, cy.titles.automated, cy_.missingHeading!.message, cy_.actHeading!.message]);
    const rights = await popup.locator('section', { has: popup.locator('#card-rights') }).innerText();
    expect(rights).toContain('Mae gennych hawl i gael copi o’ch data.');
    expect(rights).toContain('Cais gwrthrych am wybodaeth yw’r enw ar ofyn am gopi.');
    // The notice's own words stay as written, marked as English for screen readers.
    const keeping = popup.locator('section', { has: popup.locator('#card-keeping') });
    expect(await keeping.innerText()).toContain('“6 years after the end of the financial year your account closes”');
    expect(await keeping.locator('p span[lang="en"]').first().innerText()).toBe('“6 years after the end of the financial year your account closes”');
    expect(await keeping.locator('.quote span[lang="en"]').count()).toBeGreaterThan(0);
    expect(await popup.locator('.card-missing').innerText()).toContain(cy.missingNone);
    expect(await popup.getByRole('group', { name: 'Iaith' }).getByRole('button', { name: 'Cymraeg' }).getAttribute('aria-pressed')).toBe('true');
    await popup.screenshot({ path: join(SHOTS, 'popup-cy.png'), fullPage: true });
    await popup.close();
  });

  it('leaves no English interface words on the popup, evidence and letter open', async () => {
    const popup = await openPopup(b, tabId);
    await popup.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await englishOn(popup)).toEqual([]);
    // The labels of evidence entries name each right in Welsh.
    const evidence = await popup.locator('section', { has: popup.locator('#card-rights') }).locator('.quote').allInnerTexts();
    expect(evidence.some((q) => q.startsWith(`${cy.rightName.access}: “`))).toBe(true);
    // The letter box is a textarea (not in the page text): its words are Welsh too.
    const letter = await popup.locator('#letter-text').inputValue();
    expect(letter).toContain('Annwyl Swyddog Diogelu Data,');
    for (const line of [enLetters.greeting, enLetters.signOff, enLetters.reply, enLetters.detailsHeading]) expect(letter).not.toContain(line);
    await popup.close();
  });

  it('writes a Welsh erasure letter and records it as sent, due by 28 Chwefror for 31 Ionawr', async () => {
    const popup = await openPopup(b, tabId);
    await popup.getByRole('radio', { name: cy_.right_erasure!.message }).check();
    expect(await popup.locator('.card-act h3').first().innerText()).toBe(cy_.right_erasure!.message);
    const letter = await popup.locator('#letter-text').inputValue();
    expect(letter).toContain('At: Swyddog Diogelu Data, Northbrook Borough Council');
    expect(letter).toContain('Cais i ddileu fy ngwybodaeth bersonol');
    expect(letter).toContain('(Erthygl 17 o GDPR y DU)');
    expect(letter).toContain('Rwy’n ysgrifennu am hysbysiad preifatrwydd Northbrook Borough Council, "Council Tax privacy notice');
    const mailto = await popup.getByRole('link', { name: /Anfon y llythyr drwy e-bost at dataprotection@northbrook\.gov\.uk/ }).getAttribute('href');
    expect(mailto).toMatch(/^mailto:dataprotection@northbrook\.gov\.uk\?subject=Cais%20i%20ddileu%20fy%20ngwybodaeth%20bersonol&body=/);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: cy_.downloadLetter!.message }).click()]);
    expect(download.suggestedFilename()).toBe('cais-dileu.txt');
    await popup.getByLabel(cy_.sentOnLabel!.message).fill('2026-01-31');
    await popup.getByRole('button', { name: cy_.markSent!.message }).click();
    await expect.poll(() => popup.locator('.status').innerText()).toBe('Wedi’i gofnodi. Rhaid i’r cyngor ateb erbyn 28 Chwefror 2026.');
    // The ICO links go to the ICO's own Welsh pages.
    expect(await popup.getByRole('link', { name: /Cwyno i’r ICO/ }).getAttribute('href')).toBe(ICO_LINKS_CY.complain);
    expect(await popup.getByRole('link', { name: /Darllen canllaw’r ICO/ }).getAttribute('href')).toBe(ICO_LINKS_CY.subjectAccessGuide);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('says in Welsh why a page is not a notice, and reads it anyway on request', async () => {
    const { tabId: bins } = await openTab(b, site.url('www.eastmere.gov.uk', '/bins'));
    const popup = await openPopup(b, bins);
    expect(await popup.locator('h1').innerText()).toBe(cy_.notNoticeHeading!.message);
    await popup.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await popup.locator('details li').count()).toBeGreaterThan(0);
    expect(await englishOn(popup)).toEqual([]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: cy_.analyseAnyway!.message }).click();
    await popup.waitForSelector('section.card-missing');
    expect(await popup.locator('.hint').first().innerText()).toBe(cy_.forcedNote!.message);
    expect(await popup.locator('section.card h2').first().innerText()).toBe(cy.titles.who);
    await popup.close();
  });

  it('switches to English at once, remembers it, and switches back', async () => {
    const popup = await openPopup(b, tabId);
    await popup.getByRole('button', { name: 'English' }).click();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expect(await popup.locator('.headline').innerText()).toBe('Northbrook Borough Council holds this information.');
    expect(await popup.locator('section.card h2').first().innerText()).toBe(en.titles.who);
    expect(await popup.locator('.updated').innerText()).toBe('Last updated: 12 September 2025');
    expect(await popup.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await popup.close();
    const again = await openPopup(b, tabId);
    expect(await again.locator('section.card h2').first().innerText()).toBe(en.titles.who);
    expect(await again.getByRole('group', { name: 'Language' }).count()).toBe(1);
    // Back to Welsh by keyboard: the switch is two ordinary buttons.
    await again.getByRole('button', { name: 'Cymraeg' }).focus();
    await again.keyboard.press('Enter');
    expect(await again.locator('section.card h2').first().innerText()).toBe(cy.titles.who);
    await again.close();
    const third = await openPopup(b, tabId);
    expect(await third.evaluate(() => document.documentElement.lang)).toBe('cy');
    await third.close();
  });

  it('copies the summary in Welsh', async () => {
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await openPopup(b, tabId);
    await popup.getByRole('button', { name: cy_.copySummary!.message }).click();
    await expect.poll(() => popup.locator('.status').innerText()).toBe(cy_.copied!.message);
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('## Eich hawliau');
    expect(copied).toMatch(/^Teitl: Council Tax privacy notice/m);
    await popup.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations in Welsh, ${scheme} mode`, async () => {
      const popup = await openPopup(b, tabId, { colorScheme: scheme });
      await popup.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await axeViolations(popup)).toEqual([]);
      await popup.screenshot({ path: join(SHOTS, `popup-cy-${scheme}.png`), fullPage: true });
      await popup.close();
    });
  }

  it('stays readable at 200% zoom in Welsh, whose words run longer (no sideways scrolling)', async () => {
    const popup = await openPopup(b, tabId);
    await popup.setViewportSize({ width: 320, height: 700 });
    await popup.getByRole('button', { name: /testun mwy/ }).click();
    await popup.getByRole('button', { name: /testun mwy/ }).click();
    await expect.poll(() => popup.evaluate(() => document.documentElement.style.fontSize)).toBe('125%');
    await popup.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await popup.screenshot({ path: join(SHOTS, 'popup-cy-narrow-large-text.png'), fullPage: true });
    await popup.close();
  });

  it('shows the compare page in Welsh, its details too, with no axe-core violation', async () => {
    const popup = await openPopup(b, tabId);
    await popup.getByRole('button', { name: cy_.saveToComparison!.message }).click();
    await expect.poll(() => popup.locator('.status').innerText()).toBe(cy_.savedToComparison!.message);
    await popup.close();
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${b.extensionId}/src/compare/index.html`);
    await page.waitForSelector('table');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await page.title()).toBe(cy_.compareDocumentTitle!.message);
    expect(await page.locator('h1').innerText()).toBe('Fy nghymhariaeth');
    expect(await page.locator('thead').innerText()).toContain(cy.checklist['controller-identity'].short);
    await page.getByRole('button', { name: /^Manylion / }).click();
    const detail = await page.locator('.detail').innerText();
    expect(detail).toContain('Mae Northbrook Borough Council yn cadw’r wybodaeth hon.');
    expect(detail).toContain(cy.checklist.retention.full);
    expect(await englishOn(page)).toEqual([]);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page)).toEqual([]);
    }
    // A file that is not an export is refused in Welsh.
    await page.locator('#import-file').setInputFiles({ name: 'nid-json.json', mimeType: 'application/json', buffer: Buffer.from('nid json') });
    await expect.poll(() => page.locator('[role="alert"]').innerText()).toBe(cy_.importNotJson!.message);
    // The switch here changes this page too, and the same file is refused in English.
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('h1').innerText()).toBe('My comparison');
    await page.locator('#import-file').setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await expect.poll(() => page.locator('[role="alert"]').innerText()).toBe(en_.importNotJson!.message);
    await page.close();
  });

  it('raised no error on its pages and made no request beyond the test pages', () => {
    expect(b.pageErrors).toEqual([]);
    const foreign = b.requests.filter((r) => {
      const u = new URL(r.url);
      if (u.protocol === 'chrome-extension:' && u.host === b.extensionId) return false;
      if (['data:', 'blob:', 'about:'].includes(u.protocol)) return false;
      return !(u.hostname.endsWith('.gov.uk') && u.port === String(site.port));
    });
    expect(foreign).toEqual([]);
  });
});

describe.skipIf(!runnable)('the Welsh walk: from reading to a reminder, in Welsh', { timeout: 90_000 }, () => {
  useWelshBrowser();
  const popupOn = (day: string) => walk.popupOn(b, tabId, day);
  const requestsOn = (day: string) => walk.requestsPageOn(b, day);
  const recordSent = (popup: Page, right: string, sentOn: string) => walk.recordSent(popup, right, sentOn, cy_.markSent!.message);

  it('reads the notice in Welsh and offers the rights that apply, saying why not in Welsh', async () => {
    const popup = await popupOn('2027-02-10');
    expect(await popup.locator('.headline').innerText()).toBe('Mae Northbrook Borough Council yn cadw’r wybodaeth hon.');
    expect(await popup.locator('fieldset.rights label').allInnerTexts()).toEqual(['access', 'rectification', 'erasure', 'restriction', 'objection'].map((r) => cy_[`right_${r}`]!.message));
    await popup.getByText(cy_.rightsNotOffered!.message).click();
    const why = await popup.locator('.not-offered li').allInnerTexts();
    expect(why[0]).toBe(`${cy_.right_portability!.message}: ${cy_.whyNotPortability!.message}`);
    await popup.close();
  });

  it('writes the erasure letter in Welsh and records it sent on 31 Ionawr 2027: due 28 Chwefror', async () => {
    const popup = await popupOn('2027-02-10');
    await popup.getByLabel(cy_.right_erasure!.message, { exact: true }).check();
    expect(await popup.locator('.note').innerText()).toBe(cy_.noteErasureLegalDuty!.message);
    const letter = await popup.locator('#letter-text').inputValue();
    expect(letter).toContain('Dilëwch y wybodaeth bersonol sydd gennych chi amdanaf i, os gwelwch yn dda. Rwy’n defnyddio fy hawl i’w dileu (Erthygl 17 o GDPR y DU).');
    expect(letter).toContain('10 Chwefror 2027');
    await popup.getByLabel(cy_.detailName!.message).fill('Ann Enghraifft');
    await popup.getByLabel(cy_.detailName!.message).blur();
    expect(await popup.locator('#letter-text').inputValue()).toContain('Enw llawn: Ann Enghraifft');
    await popup.getByLabel(cy_.rememberDetails!.message).check();
    await expect.poll(() => popup.locator('.status').innerText()).toBe(cy_.detailsRemembered!.message);
    await recordSent(popup, cy_.right_erasure!.message, '2027-01-31');
    await expect.poll(() => popup.locator('.status').innerText()).toBe('Wedi’i gofnodi. Rhaid i’r cyngor ateb erbyn 28 Chwefror 2027.');
    expect(await popup.locator('.open-request').innerText()).toContain('Mae gennych gais agored (Northbrook Borough Council). Mae’r ateb yn ddyledus erbyn 28 Chwefror 2027.');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('shows the request on “Fy ngheisiadau” with the due date and days left, in Welsh, axe-clean light and dark', async () => {
    const page = await requestsOn('2027-02-10');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await page.title()).toBe(cy_.requestsDocumentTitle!.message);
    expect(await page.locator('h1').innerText()).toBe('Fy ngheisiadau');
    const card = page.locator('article.request');
    expect(await card.locator('h2').innerText()).toBe('Dileu eich data: Northbrook Borough Council');
    expect(await card.locator('.due').innerText()).toBe('28 Chwefror 2027 (18 diwrnod ar ôl)');
    expect(await card.locator('.facts').innerText()).toMatch(/Gwasanaeth\s+Council Tax\s+Anfonwyd\s+31 Ionawr 2027\s+Anfonwyd at\s+dataprotection@northbrook\.gov\.uk/);
    // 28 Chwefror 2027 is a Sunday.
    expect(await card.locator('.hint').allInnerTexts()).toEqual([cy_.weekendNote!.message, expect.stringContaining('Y dyddiad olaf y gallai ateb yw 30 Ebrill 2027.')]);
    expect(await englishOn(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'requests-cy-dark.png'), fullPage: true });
    await page.close();
  });

  it('downloads the calendar reminder with a Welsh title', async () => {
    const page = await requestsOn('2027-02-10');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: cy_.downloadIcs!.message }).click()]);
    expect(download.suggestedFilename()).toBe('request-due-2027-02-28.ics');
    const lines = readFileSync((await download.path())!, 'utf8').replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270228');
    expect(lines).toContain('SUMMARY:Ateb yn ddyledus – Northbrook Borough Council: Dileu eich data');
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain('Anfonoch y cais hwn ar 31 Ionawr 2027');
    await page.close();
  });

  it('once overdue, counts the days late and gives the Welsh follow-up letter, then the ICO helper', async () => {
    const page = await requestsOn('2027-03-05');
    const card = page.locator('article.request');
    expect(await card.locator('.due').innerText()).toBe('28 Chwefror 2027 (5 diwrnod yn hwyr)');
    // The remembered details arrive a moment after the page renders.
    await expect.poll(() => card.locator('.follow-up textarea').inputValue()).toContain('Enw llawn: Ann Enghraifft');
    const followUp = await card.locator('.follow-up textarea').inputValue();
    expect(followUp).toContain('Nodyn atgoffa: Cais i ddileu fy ngwybodaeth bersonol');
    expect(followUp).toContain('Ar 31 Ionawr 2027 anfonais gais atoch chi: "Cais i ddileu fy ngwybodaeth bersonol". Anfonais ef at: dataprotection@northbrook.gov.uk.');
    expect(followUp).toContain('roedd eich ateb yn ddyledus erbyn 28 Chwefror 2027');
    expect(followUp).toContain('5 Mawrth 2027');
    expect(followUp).toContain('Enw llawn: Ann Enghraifft');
    expect(await card.getByRole('link', { name: /Anfon y llythyr drwy e-bost at dataprotection@northbrook\.gov\.uk/ }).getAttribute('href')).toMatch(/^mailto:dataprotection@northbrook\.gov\.uk\?subject=Nodyn%20atgoffa%3A%20Cais%20i%20ddileu/);
    expect(await card.locator('.ico-helper').innerText()).toContain(cy_.icoAfterReminder!.message);
    await card.getByRole('button', { name: cy_.markFollowUpSent!.message }).click();
    await expect.poll(() => card.locator('.ico-helper').innerText()).toContain('Cwynwch erbyn 5 Mehefin 2027.');
    const helper = await card.locator('.ico-helper').innerText();
    expect(helper).toContain('y dyddiadau: anfonoch eich cais ar 31 Ionawr 2027 ac roedd yr ateb yn ddyledus erbyn 28 Chwefror 2027');
    expect(await card.getByRole('link', { name: /Gwneud cwyn ar wefan yr ICO/ }).getAttribute('href')).toBe(ICO_LINKS_CY.complain);
    expect(await englishOn(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('uses 29 Chwefror for a request sent on 31 Ionawr of a leap year', async () => {
    const popup = await popupOn('2028-02-05');
    await recordSent(popup, cy_.right_access!.message, '2028-01-31');
    await expect.poll(() => popup.locator('.status').innerText()).toBe('Wedi’i gofnodi. Rhaid i’r cyngor ateb erbyn 29 Chwefror 2028.');
    await popup.close();
    const page = await requestsOn('2028-02-05');
    const leap = page.locator('article.request', { hasText: cy_.right_access!.message });
    expect(await leap.locator('.due').innerText()).toBe('29 Chwefror 2028 (24 diwrnod ar ôl)');
    await page.close();
  });

  it('marks a request answered in Welsh, and switches the page to English and back', async () => {
    const page = await requestsOn('2027-03-05');
    const card = page.locator('article.request', { hasText: cy_.right_erasure!.message });
    await card.getByRole('button', { name: cy_.markAnswered!.message }).click();
    await expect.poll(() => card.locator('.state').innerText()).toBe('Wedi’i ateb (5 Mawrth 2027)');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('h1').innerText()).toBe('My requests');
    expect(await page.locator('article.request', { hasText: 'Delete your data' }).locator('.state').innerText()).toBe('Answered (5 March 2027)');
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    expect(await page.locator('h1').innerText()).toBe('Fy ngheisiadau');
    await page.close();
  });

  it('sent nothing anywhere and raised no error on its pages', () => {
    const outside = b.requests.filter((r) => !/^(?:chrome-extension:|http:\/\/[^/]+\.gov\.uk:\d+\/|data:|blob:)/.test(r.url));
    expect(outside).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  });
});
