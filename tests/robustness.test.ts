// Bad input never throws out of the engine: it returns a valid summary, usually "not a notice".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentText } from '../src/core/document';
import { analyseSource, unfoundQuotes } from './helpers/analyse';
import { schemaErrors } from './helpers/schema';

function check(source: string, kind: 'html' | 'text') {
  const { doc, summary } = analyseSource(source, kind);
  expect(schemaErrors(summary)).toEqual([]);
  expect(unfoundQuotes(doc, summary)).toEqual([]);
  return { doc, summary };
}

describe('bad input', () => {
  it('empty and blank input', () => {
    for (const kind of ['html', 'text'] as const) {
      for (const src of ['', '   ', '\n\n\n', '<html></html>']) {
        expect(check(src, kind).summary.detection.isPrivacyNotice).toBe(false);
      }
    }
  });
  it('binary junk', () => {
    const bytes = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 256)).toString('utf8');
    expect(check(bytes, 'text').summary.detection.isPrivacyNotice).toBe(false);
    expect(check(bytes, 'html').summary.detection.isPrivacyNotice).toBe(false);
  });
  it('malformed HTML', () => {
    const { summary } = check('<main><h1>Privacy notice<p>We are <b>Anytown Borough Council<li>name<li>address</ul></table></div></span>', 'html');
    expect(summary.source.title).toMatch(/^Privacy notice/);
  });
  it('deeply nested markup', () => {
    const depth = 20_000;
    const html = `${'<div>'.repeat(depth)}<p>We keep your data for 2 years.</p>${'</div>'.repeat(depth)}`;
    const { doc } = check(html, 'html');
    expect(documentText(doc)).toContain('We keep your data for 2 years.');
  });
  it('100 000-character words and hostile characters', () => {
    const word = 'a'.repeat(100_000);
    const rlo = '\u202egnp.exe\u202c';
    const src = `Privacy notice\n\nWho we are\n\nAnytown Borough Council is the data controller. ${word}@${word}.uk ${rlo}\n\nHow long\n\nWe keep it for ${word} years.`;
    const started = performance.now();
    check(src, 'text');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
  it('non-English pages are not notices', () => {
    expect(check('Hysbysiad preifatrwydd\n\nRydym yn casglu eich gwybodaeth bersonol er mwyn darparu gwasanaethau i chi.', 'text').summary.detection.isPrivacyNotice).toBe(false);
    expect(check('<h1>Politique de confidentialité</h1><p>Nous collectons vos données personnelles pour fournir nos services.</p>', 'html').summary.detection.isPrivacyNotice).toBe(false);
    expect(check('<h1>隐私政策</h1><p>我们收集您的个人信息。</p>', 'html').summary.detection.isPrivacyNotice).toBe(false);
  });
  it('a 10 MB page finishes (time is measured in npm run bench; this bound is generous)', () => {
    const section = '<h2>How long we keep your information</h2><p>We keep records for 6 years after the case closes. We share your data with the police and other councils.</p><ul><li>name</li><li>address</li></ul>';
    const html = `<title>Privacy notice</title><main><h1>Privacy notice</h1><p>Anytown Borough Council is the data controller.</p>${section.repeat(Math.ceil(10_000_000 / section.length))}</main>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const started = performance.now();
    const { summary } = analyseSource(html, 'html');
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(schemaErrors(summary)).toEqual([]);
    expect(summary.detection.isPrivacyNotice).toBe(true);
  }, 60_000);
});

describe('property: any text or HTML', () => {
  const noticeWords = fc.constantFrom('privacy notice', 'data controller', 'we share your data with', 'the police', 'for 6 years', 'Anytown Borough Council', 'ICO', 'Z1234567', 'you have the right to object', 'dpo@anytown.gov.uk', '0117 496 0123', 'Last updated 1 May 2024', '?', '\n', '\n\n', '- ', '1.', ':', ';', '<h2>', '</h2>', '<li>', '<p>', '</p>', '<br>', '&amp;', '\u202e');
  const noticeish = fc.array(fc.oneof(noticeWords, fc.string({ maxLength: 20 })), { maxLength: 60 }).map((parts) => parts.join(' '));
  it('never throws, always matches the schema, and quotes only what is in the input', () => {
    fc.assert(fc.property(noticeish, fc.constantFrom('html' as const, 'text' as const), (src, kind) => {
      const { doc, summary } = analyseSource(src, kind);
      return schemaErrors(summary).length === 0 && unfoundQuotes(doc, summary).length === 0;
    }), { numRuns: 300 });
  });
  it('survives mutated copies of a real-shaped notice', () => {
    const base = '<h1>Privacy notice</h1><h2>Who we share it with</h2><p>We may share your information with:</p><ul><li>the police</li><li>schools</li></ul><h2>How long</h2><p>We keep it for 6 years.</p>';
    fc.assert(fc.property(fc.integer({ min: 0, max: base.length }), fc.integer({ min: 0, max: 40 }), fc.string({ maxLength: 10 }), (at, cut, insert) => {
      const src = base.slice(0, at) + insert + base.slice(at + cut);
      const { doc, summary } = analyseSource(src, 'html');
      return schemaErrors(summary).length === 0 && unfoundQuotes(doc, summary).length === 0;
    }), { numRuns: 300 });
  });
});
