import { describe, expect, it } from 'vitest';
import { rights } from './rights';
import { structureOf } from './test-helpers';

const named = (t: string) => rights(structureOf(`Notice\n\nYour rights\n\n${t}`)).map((r) => r.right);

describe('rights', () => {
  it('names each right only when the notice names it', () => {
    expect(named('You have a number of rights, set out on our rights page.')).toEqual([]);
    expect(named('You have the right to be informed, the right of access and the right to data portability.')).toEqual(['informed', 'access', 'portability']);
    expect(named('You can ask us to correct wrong information or to delete it.')).toEqual(['rectification', 'erasure']);
    expect(named('You have the right to restrict processing and to object to processing.')).toEqual(['restriction', 'objection']);
    expect(named('You can withdraw your consent at any time.')).toEqual(['withdraw-consent']);
    expect(named('You have rights in relation to automated decision making.')).toEqual(['automated-decisions']);
    expect(named('You have the right to complain to the Information Commissioner.')).toEqual(['complain']);
  });
  it('reads each item of a rights list', () => {
    expect(named('You have the right to:\n\n- see your data\n- object to how we use your information')).toEqual(['access', 'objection']);
  });
  it('does not read rights from storage or access-control sentences', () => {
    expect(rights(structureOf('Notice\n\nStorage\n\nAccess to our systems is restricted to staff. We delete records securely.'))).toEqual([]);
  });
});

describe('rights lists with bare names', () => {
  it('reads "Restriction", "Objection" and "Access to your data" as rights in a rights list', () => {
    expect(named('Your rights are:\n\n- Access to your personal data\n- Rectification\n- Restriction\n- Objection\n- Data portability')).toEqual(['access', 'rectification', 'restriction', 'objection', 'portability']);
  });
});

describe('a run of rights in one sentence', () => {
  it('reads each verb', () => {
    expect(named('You have the right to access, rectify, erase, restrict, object to and port your data.')).toEqual(['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability']);
  });
  it('is not fooled by ordinary infinitives', () => {
    expect(named('You have the right to ask us and to tell us what you think.')).toEqual([]);
  });
});

describe('rights in other wordings and in Welsh', () => {
  const named = (t: string) => rights(structureOf(`Notice\n\n${t}`)).map((r) => r.right);
  it('reads a complaint question and the right to contact the ICO as the right to complain', () => {
    expect(named('How do I complain if I am not happy?\n\nWrite to us first.')).toEqual(['complain']);
    expect(named('About us\n\nYou also have the right to contact the Information Commissioner.')).toEqual(['complain']);
  });
  it('reads access offered under the Act, and CCTV images', () => {
    expect(named('About us\n\nWe respect your rights under the Data Protection Act to access the data we hold about you.')).toEqual(['access']);
    expect(named('CCTV\n\nYou have the right to see CCTV images of yourself.')).toEqual(['access']);
    expect(named('About us\n\nYou have a number of rights that are set out on the How to access your data page.')).toEqual([]);
  });
  it('reads Welsh rights', () => {
    expect(named('Eich hawliau\n\nMae gennych hawl i gywiro gwybodaeth anghywir. Gallwch dynnu caniatâd yn ôl. Mae gennych hawl i gwyno.'))
      .toEqual(expect.arrayContaining(['rectification', 'withdraw-consent', 'complain']));
  });
});

describe('rights worded as knowing, opting out and Welsh copies', () => {
  const named = (t: string) => rights(structureOf(`Notice\n\nAbout us\n\n${t}`)).map((r) => r.right);
  it('reads them', () => {
    expect(named('Residents have a right to know how the council handles their records.')).toEqual(['informed']);
    expect(named('You have the right to opt out of reminder letters.')).toEqual(['objection']);
    expect(named('Gallwch ofyn am gopïau o’ch gwybodaeth unrhyw bryd.')).toEqual(['access']);
  });
});

describe('rights named by a heading', () => {
  it('reads a heading that names a right', () => {
    expect(rights(structureOf('Notice\n\nYour rights\n\nRight to rectification\n\nWrite to us to fix mistakes.')).map((r) => r.right)).toEqual(['rectification']);
  });
});

describe('access and withdrawal in plain wording', () => {
  const named = (t: string) => rights(structureOf(`Notice\n\nAbout us\n\n${t}`)).map((r) => r.right);
  it('reads "how you can access your records", "would like access to your…" and a "Withdrawing consent" heading', () => {
    expect(named('Read on to see how you can access your data.')).toEqual(['access']);
    expect(named('If you would like access to your file, write to us.')).toEqual(['access']);
    expect(rights(structureOf('Notice\n\nWithdrawing consent\n\nThis service relies on your permission.')).map((r) => r.right)).toEqual(['withdraw-consent']);
  });
});

describe('complaints and consent in other words', () => {
  it('reads "you can contact the Information Commissioner" as the right to complain', () => {
    expect(rights(structureOf('Notice\n\nAbout us\n\nIf we cannot answer, you can contact the Information Commissioner’s Office.')).map((r) => r.right)).toEqual(['complain']);
  });
  it('reads a Welsh "Tynnu caniatâd yn ôl" heading as withdrawing consent', () => {
    expect(rights(structureOf('Hysbysiad\n\nTynnu caniatâd yn ôl\n\nGallwch newid eich meddwl.')).map((r) => r.right)).toEqual(['withdraw-consent']);
  });
});

describe('automatic decisions in other words', () => {
  it('reads being entitled to ask for an automatic decision to be reconsidered', () => {
    expect(named('You are entitled to ask for any automatic decision about your fee to be reconsidered by a member of staff.')).toContain('automated-decisions');
  });
});

describe('the right of complaint', () => {
  it('reads "the right of complaint" as the right to complain', () => {
    expect(named('You have the right of complaint if you are unhappy with how we use your data.')).toContain('complain');
  });
});
