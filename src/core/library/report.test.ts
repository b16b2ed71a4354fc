import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyseFixture, analyseSource } from '../../../tests/helpers/analyse';
import { noticeHtml } from '../../../tests/helpers/notice-pdf';
import { permitNotice } from '../../../tests/helpers/sample-notice';
import { htmlReport } from './report';
import messages from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { missingCounts } from './table';
import { saveNotice } from './library';
import { emptyLibrary } from './types';

const at = '2026-03-04T10:00:00.000Z';
const summaries = [
  analyseSource(noticeHtml(permitNotice(), 'Parking permits privacy notice'), 'html', 'https://www.harrowfield.example.gov.uk/parking/privacy').summary,
  analyseSource(noticeHtml(permitNotice('Harrowfield District Council', 'Council tax'), 'Council tax privacy notice'), 'html', 'https://www.harrowfield.example.gov.uk/council-tax/privacy').summary,
  analyseFixture('question-headings.txt', 'https://www.eastmere.example.gov.uk/garden-waste/privacy').summary,
  analyseFixture('cookie-policy.html', 'https://www.eastmere.example.gov.uk/cookies').summary,
];

describe('HTML report', () => {
  const html = htmlReport(summaries, { generatedAt: at });
  const { document } = parseHTML(html);

  it('groups the notices by council with each council’s score, and lists other pages apart', () => {
    const groups = [...document.querySelectorAll('#compare .group-row th')].map((th) => th.textContent);
    expect(groups).toEqual([expect.stringMatching(/^Eastmere District Council — transparency score \d+$/), expect.stringMatching(/^Harrowfield District Council — transparency score \d+$/)]);
    expect(document.querySelectorAll('#compare tbody tr:not(.group-row)')).toHaveLength(3);
    expect(document.querySelectorAll('header p')[1]!.textContent).toContain('3 privacy notices from 2 councils, read on 2026-03-04');
    expect([...document.querySelectorAll('[aria-labelledby="others-h"] li')].map((li) => li.textContent)).toEqual([expect.stringContaining('https://www.eastmere.example.gov.uk/cookies')]);
  });

  it('shows the score formula, the scores table and the "left out" chart with the compare page’s counts', () => {
    expect(document.querySelector('#scores p')!.textContent).toBe(messages.scoreFormula.message);
    expect(document.querySelectorAll('#scores tbody tr')).toHaveLength(2);
    const lib = summaries.slice(0, 3).reduce((l, s) => saveNotice(l, s, at), emptyLibrary());
    const expected = missingCounts(lib.notices).map((c) => `${c.count} of ${c.of}`);
    expect([...document.querySelectorAll('.chart-value')].map((v) => v.textContent)).toEqual(expected);
  });

  it('gives each notice its summary and address, linked from its row', () => {
    const articles = [...document.querySelectorAll('article.notice')];
    expect(articles).toHaveLength(3);
    for (const row of document.querySelectorAll('#compare tbody tr:not(.group-row) th a')) {
      expect(document.getElementById(row.getAttribute('href')!.slice(1))).not.toBeNull();
    }
    expect(html).toContain('<a href="https://www.harrowfield.example.gov.uk/parking/privacy">https://www.harrowfield.example.gov.uk/parking/privacy</a>');
    expect(articles[1]!.textContent).toContain('What the notice leaves out');
  });

  it('needs nothing from outside and runs no script', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|@import|url\(|style="/i);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'");
  });

  it('escapes everything it prints and links only web addresses', () => {
    const read = analyseSource(noticeHtml(permitNotice(), 'x'), 'html').summary;
    const hostile = { ...read, source: { ...read.source, url: 'javascript:alert(1)', title: 'Notice <script>alert(1)</script>' } };
    const out = htmlReport([hostile], { generatedAt: at });
    expect(out).not.toContain('<script>alert(1)</script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).not.toMatch(/href="javascript:/);
  });

  it('says so when nothing read is a notice', () => {
    expect(htmlReport([summaries[3]!], { generatedAt: at })).toContain('None of the pages read is a privacy notice');
  });
});
