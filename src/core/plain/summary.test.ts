import { describe, expect, it } from 'vitest';
import { analyseFixture } from '../../../tests/helpers/analyse';
import { readingGrade } from './readability';

describe('plain summary', () => {
  const fixtures = ['question-headings.txt', 'numbered-pdf.txt', 'run-on-lists.md', 'accordion.html', '../../samples/council-tax-privacy-notice.html'];
  for (const name of fixtures) {
    it(`reads at grade 8 or lower: ${name}`, () => {
      const { summary } = analyseFixture(name);
      const sentences = [summary.plain.headline, ...summary.plain.sections.flatMap((s) => s.sentences)];
      expect(readingGrade(sentences)).toBeLessThanOrEqual(8);
    });
  }
  it('speaks to the resident in short sentences', () => {
    const { summary } = analyseFixture('question-headings.txt');
    const sentences = summary.plain.sections.flatMap((s) => s.sentences);
    for (const s of sentences) expect(s.replace(/“[^”]*”/g, 'it').split(/\s+/).length).toBeLessThanOrEqual(25);
    expect(sentences.some((s) => /\byou(r)?\b/i.test(s))).toBe(true);
    expect(summary.plain.headline).toBe('Eastmere District Council holds this information.');
  });
  it('says what the notice leaves out, one sentence per gap', () => {
    const { summary } = analyseFixture('run-on-lists.md');
    const gaps = summary.checklist.filter((c) => c.status !== 'present').length;
    expect(summary.plain.sections.find((s) => s.id === 'missing')!.sentences).toHaveLength(gaps);
    expect(gaps).toBeGreaterThan(3);
  });
  it('covers every topic card the popup shows', () => {
    const { summary } = analyseFixture('accordion.html');
    expect(summary.plain.sections.map((s) => s.id)).toEqual(['who', 'why', 'what', 'sharing', 'keeping', 'rights', 'abroad', 'automated', 'missing']);
  });
});

describe('readingGrade', () => {
  it('scores hard prose above easy prose and ignores quoted notice words', () => {
    const easy = readingGrade(['You can ask for a copy.', 'We keep it for a year.']);
    const hard = readingGrade(['Notwithstanding the aforementioned considerations, organisational responsibilities necessitate comprehensive documentation.']);
    expect(easy).toBeLessThan(4);
    expect(hard).toBeGreaterThan(12);
    expect(readingGrade(['They include “administratively burdensome multidisciplinary safeguarding interventions”.'])).toBeLessThan(8);
  });
});
