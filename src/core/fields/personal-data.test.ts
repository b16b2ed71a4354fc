import { describe, expect, it } from 'vitest';
import { personalData, specialCategoryData } from './personal-data';
import { structureOf } from './test-helpers';

const read = (t: string) => {
  const s = structureOf(`Notice\n\n${t}`);
  const data = personalData(s);
  return { data: data.map((d) => d.text), special: specialCategoryData(s, data) };
};

describe('personal data and special category data', () => {
  it('reads the items of a data list and spots the sensitive ones', () => {
    const r = read('What information we collect\n\nWe collect the following information:\n\n- your name\n- your health conditions\n- criminal records');
    expect(r.data).toEqual(['your name', 'your health conditions', 'criminal records']);
    expect(r.special.mentioned).toBe(true);
    expect(r.special.items.map((i) => i.text)).toEqual(['your health conditions', 'criminal records']);
  });
  it('reads "such as" lists in prose', () => {
    expect(read('What information we collect\n\nWe hold personal data such as your name, address and date of birth.').data).toEqual(['your name', 'address', 'date of birth']);
  });
  it('takes a statement of special category data as a mention', () => {
    expect(read('More\n\nWe also process special category data about you.').special.mentioned).toBe(true);
  });
  it('does not take a denial, or health and safety, for one', () => {
    expect(read('More\n\nWe do not process any special category data.').special.mentioned).toBe(false);
    expect(read('What information we collect\n\nWe collect the following information:\n\n- health and safety incident reports').special.mentioned).toBe(false);
  });
});

describe('what is not special category data', () => {
  it('does not count "None" under the heading, bodies in a sharing list or service names', () => {
    expect(read('Special category data\n\n- None\n- N/A').special.mentioned).toBe(false);
    expect(read('Who we share it with\n\nWe may share your details with:\n\n- Public Health Wales\n- Community Health Centres').special.mentioned).toBe(false);
    expect(read('About us\n\nThe Youth Offending Service keeps information about the work it does with you.').special.mentioned).toBe(false);
  });
  it('still counts health information we hold', () => {
    expect(read('What we collect\n\n- your name\n- details of your health conditions').special.mentioned).toBe(true);
  });
});

describe('special category data named in a heading', () => {
  it('reads "Special categories of data processed: Health" as a heading, but not ": None"', () => {
    expect(read('Special categories of personal data processed: Health\n\nWho we share it with\n\nNobody.').special.mentioned).toBe(true);
    expect(read('Special categories of personal data processed: None\n\nWho we share it with\n\nNobody.').special.mentioned).toBe(false);
  });
});
