// The "Read a PDF notice" page in Chromium: a PDF picked or dropped gives the popup's summary,
// letter and "Save to my comparison", read on the computer with pdf.js's bundled worker under the
// extension's CSP (no errors, no requests); a scanned PDF gets a clear message; the popup and the
// compare page link to it; axe-core finds nothing in light or dark mode.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFromPdf } from '../../src/cli/read-pdf';
import { analyseDocument } from '../../src/core/analyse';
import { NO_TEXT_MESSAGE } from '../../src/core/input/pdf-read';
import { noticePdf } from '../helpers/notice-pdf';
import { permitNotice } from '../helpers/sample-notice';
import { axeViolations, browserTestsRunnable, launch, ROOT, type Browser } from './harness';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const runnable = browserTestsRunnable();
declare const chrome: { storage: { local: { get: (k: string) => Promise<Record<string, unknown>> } } };

describe.skipIf(!runnable)('reading a PDF notice in Chromium', { timeout: 90_000 }, () => {
  let b: Browser;
  let notice: Buffer;
  let scan: Buffer;
  /** Headings only in bold, at the body size: the browser must read the fonts' names too. */
  let boldOnly: Buffer;

  const openPdfPage = async (colorScheme: 'light' | 'dark' = 'light'): Promise<Page> => {
    const page = await b.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`chrome-extension://${b.extensionId}/src/pdf/index.html`);
    await page.waitForSelector('h1');
    return page;
  };

  beforeAll(async () => {
    b = await launch();
    notice = Buffer.from(await noticePdf(permitNotice(), { title: 'Parking permits privacy notice', footer: 'Harrowfield District Council' }));
    scan = Buffer.from(await noticePdf(permitNotice(), { noText: true }));
    boldOnly = Buffer.from(await noticePdf(permitNotice(), { title: 'Parking permits privacy notice', headingSize: 11 }));
  }, 60_000);
  afterAll(async () => { await b?.close(); });

  it('reads a picked PDF into the summary, with no CSP errors and no requests leaving the extension', async () => {
    const page = await openPdfPage();
    expect(await axeViolations(page)).toEqual([]);
    await page.setInputFiles('#pdf-file', { name: 'parking-permits.pdf', mimeType: 'application/pdf', buffer: notice });
    await page.waitForSelector('#pdf-summary', { timeout: 20_000 });
    expect(await page.locator('#pdf-summary').innerText()).toBe('Harrowfield District Council');
    expect(await page.locator('.notice-title').innerText()).toBe('Parking permits privacy notice (parking-permits.pdf)');
    expect(await page.locator('#letter-text').inputValue()).toContain('Harrowfield District Council');
    expect(await page.locator('.card h2').allInnerTexts()).toEqual(expect.arrayContaining(['What the notice leaves out']));
    // No "Show on page" for a file: there is no page to show.
    expect(await page.getByRole('button', { name: 'Show on page' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'pdf-page.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(b.pageErrors).toEqual([]);
    expect(b.requests.filter((r) => !r.url.startsWith('chrome-extension://') && !r.url.startsWith('data:') && !r.url.startsWith('blob:'))).toEqual([]);
    // Like every extension page, it renders no link except to the web.
    for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(href).toMatch(/^(?:https:|http:|mailto:|tel:)/);
    await page.close();
  });

  it('reads a dropped PDF in dark mode as the command line does, and saves it to the comparison', async () => {
    const page = await openPdfPage('dark');
    const base64 = boldOnly.toString('base64');
    await page.evaluate((data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'dropped.pdf', { type: 'application/pdf' }));
      document.querySelector('.drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, base64);
    await page.waitForSelector('#pdf-summary', { timeout: 20_000 });
    const expected = analyseDocument(await documentFromPdf(boldOnly), { analysedAt: new Date().toISOString() });
    const cards = expected.plain.sections.filter((x) => x.id !== 'missing').flatMap((x) => [x.title, ...x.sentences]);
    expect(await page.locator('.card:not(.card-missing):not(.card-act)').evaluateAll((els) => els.flatMap((el) => [...el.querySelectorAll(':scope > h2, :scope > p')].map((e) => e.textContent)))).toEqual(cards);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save to my comparison' }).click();
    await expect.poll(() => page.locator('.status').innerText()).toContain('Saved.');
    const library = await b.worker.evaluate(async () => (await chrome.storage.local.get('pn:library'))['pn:library']) as { notices: { title: string; council: string }[] };
    expect(library.notices.map((n) => [n.council, n.title])).toEqual([['Harrowfield District Council', 'Parking permits privacy notice']]);
    // The page links to the comparison, where the notice now is.
    await page.getByRole('button', { name: 'Open my comparison' }).click();
    await page.waitForSelector('table');
    expect(await page.locator('tbody th[scope="row"]').allInnerTexts()).toEqual([expect.stringContaining('Parking permits privacy notice')]);
    expect(b.pageErrors).toEqual([]);
    await page.close();
  });

  it('says clearly when a PDF is a scan with no text, and when a file is not a PDF', async () => {
    const page = await openPdfPage();
    await page.setInputFiles('#pdf-file', { name: 'scan.pdf', mimeType: 'application/pdf', buffer: scan });
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 20_000 }).toBe(`Plain Notice could not read scan.pdf. ${NO_TEXT_MESSAGE}`);
    await page.setInputFiles('#pdf-file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('Plain Notice could not read notes.txt. This file is not a PDF. Choose a file that ends in .pdf.');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('is linked from the popup and the compare page', async () => {
    const compare = await b.context.newPage();
    await compare.goto(`chrome-extension://${b.extensionId}/src/compare/index.html`);
    await compare.getByRole('button', { name: 'Read a PDF notice' }).click();
    await compare.waitForSelector('#pdf-file');
    expect(compare.url()).toBe(`chrome-extension://${b.extensionId}/src/pdf/index.html`);
    await compare.close();

    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/src/popup/index.html?tabId=999999`);
    const opened = b.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Read a PDF notice' }).click();
    const pdfPage = await opened;
    await pdfPage.waitForSelector('#pdf-file');
    expect(pdfPage.url()).toBe(`chrome-extension://${b.extensionId}/src/pdf/index.html`);
  });
});
