// The Welsh summary: the same sections and sentences as English, in Welsh, with the notice's own
// words quoted unchanged and the mutations that numbers and "and" call for.
import { describe, expect, it } from 'vitest';
import { analyseFixture } from '../../../../tests/helpers/analyse';
import type { NoticeSummary } from '../../types';
import { formatText } from '../as-text';
import { plainIn, plainSummary } from '../summary';
import { cy } from './cy';

const FIXTURES = ['question-headings.txt', 'numbered-pdf.txt', 'run-on-lists.md', 'accordion.html', 'social-care-prose.txt', '../../samples/council-tax-privacy-notice.html'];
const quotes = (s: string) => s.match(/“[^”]*”/g) ?? [];
const outsideQuotes = (s: string) => s.replace(/“[^”]*”/g, ' ');
// Words that only an English sentence would hold (Welsh has none of them).
const ENGLISH = /\b(the|your|you|they|their|does|not|notice|data is|because|with|keeps?)\b/i;

describe.each(FIXTURES)('the Welsh summary of %s', (name) => {
  const { summary } = analyseFixture(name);
  const welsh = plainSummary(summary, summary.detection.isPrivacyNotice, 'cy');

  it('has the same sections, titled in Welsh, with as many sentences as English', () => {
    expect(welsh.sections.map((s) => s.id)).toEqual(summary.plain.sections.map((s) => s.id));
    for (const [i, s] of welsh.sections.entries()) {
      expect(s.title).toBe(cy.titles[s.id as keyof typeof cy.titles]);
      expect([s.id, s.sentences.length]).toEqual([s.id, summary.plain.sections[i]!.sentences.length]);
    }
  });
  it('writes every sentence in Welsh, outside the notice’s own quoted words', () => {
    for (const sentence of [welsh.headline, ...welsh.sections.flatMap((s) => s.sentences)]) {
      const text = outsideQuotes(sentence).replace(/\S+@\S+/g, ' ');
      expect([sentence, ENGLISH.test(text.replace(summary.controller.name ?? '\u0000', ' '))]).toEqual([sentence, false]);
    }
  });
  it('quotes the notice exactly as the English summary does', () => {
    const english = summary.plain.sections.flatMap((s) => s.sentences.flatMap(quotes));
    expect(welsh.sections.flatMap((s) => s.sentences.flatMap(quotes))).toEqual(english);
  });
});

describe('Welsh sentences', () => {
  const { summary } = analyseFixture('question-headings.txt');
  const unnamed: NoticeSummary = { ...summary, controller: { ...summary.controller, name: null }, detection: { ...summary.detection, isCouncil: true } };

  it('say “Mae’r cyngor” when the council is not named, and a name straight after “Mae”', () => {
    expect(plainSummary(unnamed, true, 'cy').headline).toBe('Mae’r cyngor yn cadw’r wybodaeth hon. Nid yw’r hysbysiad yn rhoi ei enw.');
    expect(plainSummary(summary, true, 'cy').headline).toBe('Mae Eastmere District Council yn cadw’r wybodaeth hon.');
  });
  it('mutate the noun after “dau” and leave it after other numbers', () => {
    expect(cy.why.count(1)).toBe('Mae’r hysbysiad yn rhoi un rheswm dros ddefnyddio eich data.');
    expect(cy.why.count(2)).toBe('Mae’r hysbysiad yn rhoi dau reswm dros ddefnyddio eich data.');
    expect(cy.why.count(5)).toBe('Mae’r hysbysiad yn rhoi 5 rheswm dros ddefnyddio eich data.');
    expect(cy.what.held('y cyngor', 2, '“enw”')).toBe('Gall y cyngor gadw dau fath o ddata amdanoch chi, fel “enw”.');
    expect(cy.sharing.count('y cyngor', 1)).toBe('Gall y cyngor rannu eich data ag un derbynnydd.');
  });
  it('join lists with “a”, or “ac” before a vowel', () => {
    expect(cy.list(['“enw”', '“cyfeiriad”'])).toBe('“enw” a “cyfeiriad”');
    expect(cy.list(['“enw”', '“oed”'])).toBe('“enw” ac “oed”');
    expect(cy.list(['“enw”', '“rhif”', '“e-bost”'])).toBe('“enw”, “rhif” ac “e-bost”');
  });
  it('name a subject access request as the ICO and Welsh councils do', () => {
    const rights = plainSummary(summary, true, 'cy').sections.find((s) => s.id === 'rights')!;
    expect(rights.sentences).toContain('Cais gwrthrych am wybodaeth yw’r enw ar ofyn am gopi.');
  });
  it('keep a page that is not a notice as not a notice, and a forced reading as a notice', () => {
    const { summary: cookies } = analyseFixture('cookie-policy.html');
    expect(plainIn(cookies, 'cy').headline).toBe('Nid yw’r dudalen hon yn edrych fel hysbysiad preifatrwydd.');
    const forced = { ...cookies, plain: plainSummary(cookies, true) };
    expect(plainIn(forced, 'cy').sections.map((s) => s.id)).toContain('rights');
    expect(plainIn(forced, 'en')).toBe(forced.plain);
  });
  it('label the plain text in Welsh', () => {
    const text = formatText({ ...summary, plain: plainIn(summary, 'cy') }, 'x.txt', 'cy');
    expect(text).toMatch(/^Teitl: /m);
    expect(text).toMatch(/Hysbysiad preifatrwydd: ydy \(sgôr \d+\)/);
    expect(text).toContain('## Eich hawliau');
  });
});
