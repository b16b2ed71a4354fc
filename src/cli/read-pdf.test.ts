// PDFs read as well as HTML on the same text: one notice, written once, made into a web page and
// a printed-style PDF, gives the same fields from both.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeHtml, noticePdf } from '../../tests/helpers/notice-pdf';
import { permitNotice } from '../../tests/helpers/sample-notice';
import { analyseDocument } from '../core/analyse';
import { NO_TEXT_MESSAGE, PdfProblem } from '../core/input/pdf-read';
import type { NoticeSummary } from '../core/types';
import { documentFromPdf } from './read-pdf';
import { documentFromHtml, readNoticeFile } from './read-input';

const at = '2026-03-04T00:00:00.000Z';
/** Everything the engine found, minus where it came from (the heading text is the same in both). */
const fields = (s: NoticeSummary) => ({ ...s, source: null });

describe('PDF notices', () => {
  it('give the same summary as the same notice as a web page', async () => {
    const parts = permitNotice();
    const pdf = await noticePdf(parts, { title: 'Parking permits privacy notice', footer: 'Harrowfield District Council – parking permits' });
    const fromPdf = analyseDocument(await documentFromPdf(pdf, 'https://harrowfield.example.gov.uk/permits.pdf'), { analysedAt: at });
    const fromHtml = analyseDocument(documentFromHtml(noticeHtml(parts, 'Parking permits privacy notice'), 'https://harrowfield.example.gov.uk/permits'), { analysedAt: at });
    expect(fields(fromPdf)).toEqual(fields(fromHtml));
    // And the fields are really there, not two empty summaries.
    expect(fromPdf.detection.isPrivacyNotice).toBe(true);
    expect(fromPdf.controller.name).toBe('Harrowfield District Council');
    expect(fromPdf.icoRegistrationNumber).toBe('Z7654321');
    expect(fromPdf.recipients.map((r) => r.text)).toContain('the Driver and Vehicle Licensing Agency');
    expect(fromPdf.retention.periods).toEqual(['2 years after your permit ends']);
    expect(fromPdf.rights.length).toBeGreaterThanOrEqual(5);
    expect(fromPdf.lastUpdated).toBe('2026-03-03');
    expect(fromPdf.source).toMatchObject({ title: 'Parking permits privacy notice', url: 'https://harrowfield.example.gov.uk/permits.pdf' });
  });

  it('find headings set in bold at the body size from the font’s name', async () => {
    const parts = permitNotice();
    const doc = await documentFromPdf(await noticePdf(parts, { headingSize: 11 }));
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(parts.flatMap((p) => ('h1' in p ? [p.h1] : 'h2' in p ? [p.h2] : [])));
    const fromHtml = analyseDocument(documentFromHtml(noticeHtml(parts, 'Parking permits privacy notice')), { analysedAt: at });
    expect(fields(analyseDocument(doc, { analysedAt: at }))).toEqual(fields(fromHtml));
  });

  it('say clearly when a PDF is a scan with no text', async () => {
    const scan = await noticePdf(permitNotice(), { noText: true });
    const problem = await documentFromPdf(scan).catch((e: unknown) => e);
    expect(problem).toBeInstanceOf(PdfProblem);
    expect((problem as PdfProblem).kind).toBe('no-text');
    expect((problem as Error).message).toBe(NO_TEXT_MESSAGE);
  });

  it('say clearly when a file is not really a PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pn-pdf-'));
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nthis is not a PDF body');
    const problem = await readNoticeFile(join(dir, 'broken.pdf')).catch((e: unknown) => e);
    expect((problem as PdfProblem).kind).toBe('broken');
  });

  it('are read from a file by its extension or its first bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pn-pdf-'));
    const pdf = await noticePdf(permitNotice());
    writeFileSync(join(dir, 'notice.pdf'), pdf);
    writeFileSync(join(dir, 'download'), pdf);
    for (const name of ['notice.pdf', 'download']) {
      const doc = await readNoticeFile(join(dir, name));
      expect(doc.blocks.find((b) => b.kind === 'heading')?.text).toBe('Parking permits privacy notice');
    }
  });
});
