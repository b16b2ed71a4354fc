import { describe, expect, it } from 'vitest';
import { findPeriods, retention } from './retention';
import { structureOf } from './test-helpers';

describe('findPeriods', () => {
  it('captures spans with what they run from', () => {
    expect(findPeriods('We keep records for 6 years after the case closes.')).toEqual(['6 years after the case closes']);
    expect(findPeriods('Applications are kept for twelve months, then deleted.')).toEqual(['twelve months']);
    expect(findPeriods('CCTV is held for 31 days unless needed by the police.')).toEqual(['31 days']);
    expect(findPeriods('We keep it until 2030.')).toEqual(['until 2030']);
    expect(findPeriods("Files are kept until the child's 25th birthday.")).toEqual(["until the child's 25th birthday"]);
  });
  it('ignores periods that are not about keeping data', () => {
    expect(findPeriods('We reply within one month and review every six months.')).toEqual([]);
  });
});

describe('retention', () => {
  const read = (t: string) => retention(structureOf(`Notice\n\nHow long we keep your information\n\n${t}`));
  it('says period when a span is given', () => {
    expect(read('We keep it for 3 years.')).toMatchObject({ status: 'period', periods: ['3 years'] });
  });
  it('says schedule when it only points to a schedule', () => {
    expect(read('We keep it in line with our retention schedule.')).toMatchObject({ status: 'schedule', periods: [] });
  });
  it('says vague for "as long as necessary"', () => {
    expect(read('We keep it for as long as necessary.')).toMatchObject({ status: 'vague', periods: [] });
  });
  it('says not-stated when retention is never addressed', () => {
    expect(retention(structureOf('Notice\n\nWe use your data to collect bins.'))).toEqual({ status: 'not-stated', periods: [], evidence: null });
  });
  it('finds a period stated outside a retention section', () => {
    const r = retention(structureOf('Notice\n\nAbout us\n\nWe retain CCTV footage for 30 days.'));
    expect(r.status).toBe('period');
    expect(r.evidence).toEqual({ heading: 'About us', quote: 'We retain CCTV footage for 30 days.' });
  });
});

describe('retention tables', () => {
  it('reads periods from a "how long we keep it" column', () => {
    const r = retention(structureOf('Notice\n\nOur records\n\n| Record | How long we keep it |\n|---|---|\n| Applications | 2 years |\n| Appeals | until 2030 |'));
    expect(r).toEqual({ status: 'period', periods: ['2 years', 'until 2030'], evidence: { heading: 'Our records', quote: '2 years' } });
  });
});

describe('periods tied to a relationship', () => {
  const periodsOf = (t: string) => retention(structureOf(`Notice\n\nHow long we keep it\n\n${t}`)).periods;
  it('reads life-of, while-you and year-plus spans as written', () => {
    expect(periodsOf('Bus pass records are kept for the life of the pass, then shredded.')).toEqual(['the life of the pass']);
    expect(periodsOf('We keep your details whilst you rent an allotment.')).toEqual(['whilst you rent an allotment']);
    expect(periodsOf('Records are kept for financial year + 6 years.')).toEqual(['financial year + 6 years']);
    expect(periodsOf('We keep it during your employment and for 6 years after you leave.')).toEqual(['during your employment', '6 years after you leave']);
  });
  it('does not read a clause about the council as a period', () => {
    expect(periodsOf('We keep your report whilst the council checks it.')).toEqual([]);
  });
});

describe('vague retention in other words', () => {
  const statusOf = (t: string) => retention(structureOf(`Notice\n\nAbout us\n\n${t}`)).status;
  it('reads "as long as it takes", "how long it is necessary" and "when we no longer need it" as vague', () => {
    expect(statusOf('Councillors hold your emails for as long as it takes to close your case.')).toBe('vague');
    expect(statusOf('We decide how long it is necessary to hold each record.')).toBe('vague');
    expect(statusOf('When we no longer need your data we will delete it.')).toBe('vague');
  });
});

describe('periods with a limit word and registers kept for ever', () => {
  it('reads "for a maximum of 9 months" and a register maintained indefinitely', () => {
    expect(findPeriods('Your form will be retained for a maximum of 9 months.')).toEqual(['a maximum of 9 months']);
    expect(findPeriods('We keep it for a minimum of 6 years.')).toEqual(['a minimum of 6 years']);
  });
});

describe('registers kept without end', () => {
  it('reads a register the law says is maintained indefinitely', () => {
    const r = retention(structureOf('Notice\n\nAbout the register\n\nThe law requires us to maintain the register of licences indefinitely.'));
    expect(r.status).toBe('period');
    expect(r.periods).toEqual(['indefinitely']);
  });
});

describe('vague retention in other words', () => {
  it('reads deleting data when it is no longer needed as vague', () => {
    expect(retention(structureOf('Notice\n\nAbout us\n\nWe protect your data by securely deleting it when it is no longer needed.')).status).toBe('vague');
    expect(retention(structureOf('Notice\n\nAbout us\n\nWe will keep your address until the newsletter is no longer available.')).status).toBe('vague');
  });
});

describe('periods that end with an event, and "permanently" that is not about keeping', () => {
  it('reads "until its completion" and ignores people who permanently live somewhere', () => {
    expect(findPeriods('Footage kept for an inquiry is retained until its completion.')).toEqual(['until its completion']);
    expect(findPeriods('We hold the names of people who permanently reside at the address.')).toEqual([]);
  });
});
