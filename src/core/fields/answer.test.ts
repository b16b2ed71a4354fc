import { describe, expect, it } from 'vitest';
import { automatedDecisionMaking } from './automated-decisions';
import { structureOf } from './test-helpers';
import { internationalTransfers } from './transfers';

const transfers = (t: string) => internationalTransfers(structureOf(`Notice\n\n${t}`)).status;
const automated = (t: string) => automatedDecisionMaking(structureOf(`Notice\n\n${t}`)).status;

describe('internationalTransfers', () => {
  it('reads yes, no, unanswered and not-stated', () => {
    expect(transfers('Where we store it\n\nSome of our suppliers store data outside the UK.')).toBe('yes');
    expect(transfers('Transfers abroad\n\nWe do not transfer your data outside the UK.')).toBe('no');
    expect(transfers('Will my data go overseas?\n\nNo.')).toBe('no');
    expect(transfers('Will my data go overseas?\n\nYour rights\n\nYou can ask for a copy.')).toBe('unanswered');
    expect(transfers('Bins\n\nWe collect bins weekly.')).toBe('not-stated');
  });
  it('is not fooled by "international standard"', () => {
    expect(transfers('Security\n\nWe follow the international standard ISO 27001.')).toBe('not-stated');
  });
  it('gives the answering sentence as evidence', () => {
    expect(internationalTransfers(structureOf('Notice\n\nAbroad\n\nYour data is never sent outside the EEA.')).evidence)
      .toEqual({ heading: 'Abroad', quote: 'Your data is never sent outside the EEA.' });
  });
});

describe('automatedDecisionMaking', () => {
  it('reads yes, no, unanswered and not-stated', () => {
    expect(automated('Profiling\n\nWe use profiling to find households who may qualify for help.')).toBe('yes');
    expect(automated('Automated decisions\n\nWe do not make decisions using automated processing.')).toBe('no');
    expect(automated('Will a computer make decisions about me?\n\nWhat are my rights?\n\nYou can ask for a copy.')).toBe('unanswered');
    expect(automated('Bins\n\nWe collect bins weekly.')).toBe('not-stated');
  });
  it('does not take a listed right for a yes', () => {
    expect(automated('Your rights\n\nYou have rights in relation to automated decision making.')).toBe('not-stated');
  });
});

describe('"not applicable" answers', () => {
  it('reads a label line saying none', () => {
    expect(automated('More\n\nAutomated decision making: not applicable.')).toBe('no');
    expect(transfers('More\n\nTransfers outside the UK: none.')).toBe('no');
  });
});

describe('questions, labels and answers read as headings', () => {
  it('does not take a question in a contents list or a bare label as a yes', () => {
    expect(transfers('Contents\n\n- Who are we?\n- Do we send your data to other countries?\n- How long do we keep it?')).toBe('not-stated');
    expect(transfers('Sharing\n\nInternational transfers:\n\nWe do not transfer information overseas.')).toBe('no');
  });
  it('reads a denial that the page shows as a heading', () => {
    expect(transfers('Sending data abroad\n\nYour information is not processed outside the United Kingdom\n\nYour rights\n\nYou can ask for a copy.')).toBe('no');
  });
});

describe('automated decisions under their own heading', () => {
  it('reads "decisions made this way" under an automatic processing heading as yes', () => {
    expect(automated('Automatic processing\n\nDecisions made this way set the fee you pay for a bulky waste collection.')).toBe('yes');
    expect(automated('Automatic processing\n\nWe do not make automatic decisions about you.')).toBe('no');
  });
});

describe('data kept at home, and people from abroad', () => {
  it('reads data held on servers within the EEA as no transfer', () => {
    expect(transfers('About us\n\nYour details are held on servers within the EEA and used by our staff in the UK.')).toBe('no');
  });
  it('does not read people who arrived from abroad as a transfer', () => {
    expect(transfers('About us\n\nWe assess the needs of refugees and others who arrived in the UK from abroad.')).toBe('not-stated');
  });
});
