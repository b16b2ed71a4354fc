// The engine end to end on notices written for these tests (question headings, numbered PDF-style
// text, Markdown with run-on lists, an HTML accordion page, the bundled sample) and on pages that
// only talk about data.
import { describe, expect, it } from 'vitest';
import { analyseFixture, analyseSource, unfoundQuotes } from './helpers/analyse';
import { schemaErrors } from './helpers/schema';
import { readFileSync } from 'node:fs';

const texts = (items: { text: string }[]) => items.map((i) => i.text);
const status = (s: { checklist: { item: string; status: string }[] }, item: string) => s.checklist.find((c) => c.item === item)?.status;

describe('a notice with question headings (plain text)', () => {
  const { doc, summary: s } = analyseFixture('question-headings.txt');
  it('is a valid, evidenced summary', () => {
    expect(schemaErrors(s)).toEqual([]);
    expect(unfoundQuotes(doc, s)).toEqual([]);
  });
  it('detects a council notice', () => {
    expect(s.detection.isPrivacyNotice).toBe(true);
    expect(s.detection.isCouncil).toBe(true);
    expect(s.controller.name).toBe('Eastmere District Council');
  });
  it('reads the purposes list and the lawful bases', () => {
    expect(texts(s.purposes)).toEqual(expect.arrayContaining(['set up and renew your garden waste subscription', 'take payment']));
    expect(s.lawfulBases.map((b) => b.basis).sort()).toEqual(['consent', 'contract']);
  });
  it('names the contractor, not "anyone else"', () => {
    expect(texts(s.recipients).join('|')).toMatch(/^our waste contractor/);
    expect(texts(s.recipients).join(' ')).not.toMatch(/anyone/);
  });
  it('reads retention, rights and the two questions', () => {
    expect(s.retention.status).toBe('period');
    expect(s.retention.periods).toEqual(['2 years after your subscription ends']);
    expect(s.rights.map((r) => r.right)).toEqual(expect.arrayContaining(['access', 'rectification', 'erasure', 'portability', 'withdraw-consent', 'complain']));
    expect(s.internationalTransfers.status).toBe('unanswered');
    expect(s.automatedDecisionMaking.status).toBe('no');
  });
  it('keeps the council contact and leaves out the ICO’s', () => {
    expect(s.rightsContact.emails).toEqual(['infogov@eastmere.gov.uk']);
    expect(s.rightsContact.phones).toEqual(['0191 498 0555']);
    expect(s.rightsContact.postalAddresses).toEqual([]);
    expect(s.complaint.icoMentioned).toBe(true);
    expect(s.lastUpdated).toBe('2024-03');
  });
  it('says what is left out', () => {
    expect(status(s, 'international-transfers')).toBe('unclear');
    expect(status(s, 'withdraw-consent')).toBe('present');
    expect(status(s, 'legitimate-interests')).toBeUndefined();
    expect(s.plain.sections.find((x) => x.id === 'missing')!.sentences).toContain('The notice asks if your data leaves the UK but does not answer.');
  });
});

describe('numbered sections converted from a PDF', () => {
  const { doc, summary: s } = analyseFixture('numbered-pdf.txt');
  it('is valid and evidenced', () => {
    expect(schemaErrors(s)).toEqual([]);
    expect(unfoundQuotes(doc, s)).toEqual([]);
  });
  it('reads the numbered headings as sections', () => {
    expect(s.detection.isPrivacyNotice).toBe(true);
    expect(s.controller.name).toBe('Riverside Metropolitan Borough Council');
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toContain('6 How long we keep your information');
  });
  it('finds special category data among the collected data', () => {
    expect(s.specialCategoryData.mentioned).toBe(true);
    expect(texts(s.specialCategoryData.items)).toEqual(expect.arrayContaining(['information about your health and disabilities', 'details of your ethnic origin and religion']));
  });
  it('splits the semicolon list of recipients', () => {
    expect(texts(s.recipients)).toEqual(expect.arrayContaining(['GPs and hospitals', 'care providers we commission', 'the Care Quality Commission']));
  });
  it('reads bases, retention, transfers, rights and the DPO', () => {
    expect(s.lawfulBases.map((b) => b.basis).sort()).toEqual(['legal-obligation', 'public-task']);
    expect(s.retention.periods).toEqual(['8 years after the last contact']);
    expect(s.internationalTransfers.status).toBe('no');
    expect(s.rights.map((r) => r.right).sort()).toEqual(['access', 'objection']);
    expect(s.dataProtectionOfficer).toEqual({ mentioned: true, contact: { emails: ['dpo@riverside.gov.uk'], phones: [], postalAddresses: [], urls: [] } });
    expect(s.automatedDecisionMaking.status).toBe('not-stated');
  });
});

describe('Markdown with one-line lists', () => {
  const { doc, summary: s } = analyseFixture('run-on-lists.md');
  it('is valid and evidenced', () => {
    expect(schemaErrors(s)).toEqual([]);
    expect(unfoundQuotes(doc, s)).toEqual([]);
  });
  it('splits comma and semicolon lists into one recipient each', () => {
    expect(texts(s.recipients)).toEqual(['Police', 'Probation Service', 'Youth Offending Team', 'Housing associations', 'Fire and Rescue Service', 'the Home Office', 'Victim support charities', 'mediation services', 'other councils']);
  });
  it('reads both periods, the bold date and the complaint link', () => {
    expect(s.retention.periods).toEqual(["until the young person's 25th birthday", '6 years after the case closes']);
    expect(s.lastUpdated).toBe('2023-01-03');
    expect(s.rights.map((r) => r.right)).toEqual(['objection', 'complain']);
    expect(s.rightsContact.urls).toEqual([]);
  });
  it('has no council name to report, but reads as a council’s from the services it covers', () => {
    expect(s.controller.name).toBeNull();
    expect(s.detection.isCouncil).toBe(true);
    expect(s.detection.signals).toContain('about services only councils run');
  });
});

describe('an HTML page with accordions, tables and a hidden email', () => {
  const { doc, summary: s } = analyseFixture('accordion.html', 'https://www.westbury.gov.uk/housing/privacy');
  it('is valid and evidenced', () => {
    expect(schemaErrors(s)).toEqual([]);
    expect(unfoundQuotes(doc, s)).toEqual([]);
  });
  it('reads only the main content', () => {
    const all = doc.blocks.map((b) => b.text).join('\n');
    expect(all).not.toMatch(/advertisers|Related pages|tracker|Civic Offices/);
    expect(s.rightsContact.phones).toEqual([]);
  });
  it('uses accordion buttons, summaries and bold lines as headings', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(['Housing services privacy notice', 'Who we are', 'What information do we collect?', 'Who do we share it with?', 'How long do we keep it?']);
  });
  it('decodes the protected email and reads table rows as data items', () => {
    expect(s.dataProtectionOfficer.contact.emails).toEqual(['dpo@westbury.gov.uk']);
    expect(texts(s.personalData)).toEqual(['Contact details', 'Household members']);
    expect(s.icoRegistrationNumber).toBe('ZA112233');
    expect(s.source.url).toBe('https://www.westbury.gov.uk/housing/privacy');
  });
});

describe('the bundled sample notice', () => {
  const { doc, summary: s } = analyseFixture('../../samples/council-tax-privacy-notice.html');
  it('is fully read', () => {
    expect(schemaErrors(s)).toEqual([]);
    expect(unfoundQuotes(doc, s)).toEqual([]);
    expect(s.checklist.every((c) => c.status === 'present')).toBe(true);
    expect(s.rightsContact.phones).toEqual(['0117 496 0321']);
    expect(s.rightsContact.postalAddresses).toEqual(['Data Protection Officer, Northbrook Borough Council, Town Hall, Market Street, Northbrook, NB1 2AB']);
    expect(s.complaint.icoMentioned).toBe(true);
  });
});

describe('a fragment of a multi-page notice', () => {
  it('is still recognised as (part of) a notice', () => {
    const { summary: s } = analyseFixture('housing-fragment.html');
    expect(s.detection.isPrivacyNotice).toBe(true);
    expect(s.retention.periods).toEqual(['3 years after it is closed']);
  });
});

describe('pages that only talk about data', () => {
  for (const name of ['accessibility-statement.html', 'cookie-policy.html', 'subject-access-howto.html', 'notices-index.html', 'welsh.txt', 'foi-request.html', 'data-protection-policy.html']) {
    it(`${name} is not a notice`, () => {
      const { summary: s } = analyseFixture(name);
      expect(schemaErrors(s)).toEqual([]);
      expect(s.detection.isPrivacyNotice).toBe(false);
      expect(s.plain.headline).toBe('This page does not look like a privacy notice.');
      expect(s.purposes).toEqual([]);
    });
  }
  it('reads a notice that calls itself "the Council" as a council’s', () => {
    const { summary: s } = analyseSource('Privacy notice\n\nThe council may share your data with the police. We keep it for 2 years.', 'text');
    expect(s.detection.isCouncil).toBe(true);
  });
  it('does not call a trust’s notice a council’s for the council services it mentions', () => {
    const src = 'Privacy notice\n\nThe Trust provides community health services. We share records with adult social care and public health teams. We keep records for 8 years.';
    expect(analyseSource(src, 'text').summary.detection.isCouncil).toBe(false);
  });
  it('does not call another body’s notice a council’s because it shares data with a council', () => {
    const src = 'Privacy notice\n\nHillside Surgery is the data controller. We may share your data with your local council and the police. We keep it for 8 years.';
    expect(analyseSource(src, 'text').summary.detection.isCouncil).toBe(false);
  });
  it('reads a council from its gov.uk site', () => {
    const src = readFileSync(new URL('./fixtures/housing-fragment.html', import.meta.url), 'utf8');
    expect(analyseSource(src, 'html', 'https://www.westbury.gov.uk/housing').summary.detection.isCouncil).toBe(true);
    expect(analyseSource(src, 'html', 'https://www.gov.uk/housing').summary.detection.isCouncil).toBe(false);
  });
});

describe('an electoral registration notice with a lawful-basis table', () => {
  const { doc, summary: s } = analyseFixture('electoral-register.html');
  it('is valid and evidenced', () => {
    expect(schemaErrors(s)).toEqual([]);
    expect(unfoundQuotes(doc, s)).toEqual([]);
  });
  it('names the officer who controls the register, and the council from the title', () => {
    expect(s.controller.name).toBe('Electoral Registration Officer for Harbourside');
    expect(s.detection.isCouncil).toBe(true);
    expect(s.icoRegistrationNumber).toBe('ZB123987');
  });
  it('reads purposes and bases from the table, and recipients from a "give … to:" list and a processor', () => {
    expect(texts(s.purposes)).toEqual(['To keep the electoral register up to date', 'To run elections and referendums', 'To send you reminders by email if you ask us to']);
    expect(s.lawfulBases.map((b) => b.basis)).toEqual(['consent', 'legal-obligation', 'public-task']);
    expect(texts(s.recipients)).toEqual(['the British Library', 'political parties and elected representatives', 'credit reference agencies', 'the Electoral Commission', 'Civica Ltd']);
  });
  it('keeps the address free of email and phone lines, and leaves the ICO helpline out', () => {
    expect(s.rightsContact).toEqual({ emails: ['dpo@harbourside.gov.uk'], phones: ['0113 496 0777'], postalAddresses: ['Harbourside Council, Quay Street, Harbourside, HB1 4QS'], urls: [] });
  });
  it('reads retention, rights and the rest', () => {
    expect(s.retention.periods).toEqual(['1 year after the next annual canvass', '15 years']);
    expect(s.rights.map((r) => r.right)).toEqual(['informed', 'access', 'rectification', 'objection', 'withdraw-consent', 'complain']);
    expect(s.internationalTransfers.status).toBe('no');
    expect(s.lastUpdated).toBe('2024-02-02');
    expect(status(s, 'withdraw-consent')).toBe('present');
  });
});

describe('analysing a page anyway', () => {
  it('gives the full summary on request, still saying it is not a notice', async () => {
    const { analyseDocument } = await import('../src/core/analyse');
    const { doc, summary } = analyseFixture('cookie-policy.html');
    expect(summary.plain.sections.map((x) => x.id)).toEqual(['not-a-notice']);
    const forced = analyseDocument(doc, { analysedAt: '2026-01-01T00:00:00.000Z', force: true });
    expect(forced.detection.isPrivacyNotice).toBe(false);
    expect(forced.plain.sections.map((x) => x.id)).toContain('keeping');
    expect(forced.retention.periods).toEqual(['2 years']);
    expect(schemaErrors(forced)).toEqual([]);
  });
});

describe('a children’s social care notice written as prose', () => {
  const { doc, summary: s } = analyseFixture('social-care-prose.txt');
  it('is valid and evidenced', () => {
    expect(schemaErrors(s)).toEqual([]);
    expect(unfoundQuotes(doc, s)).toEqual([]);
  });
  it('reads the controller, the DPO and the address given in a sentence', () => {
    expect(s.controller.name).toBe('Millbrook Metropolitan Borough Council');
    expect(s.dataProtectionOfficer.contact.emails).toEqual(['dataprotection@millbrook.gov.uk']);
    expect(s.rightsContact.postalAddresses).toEqual(['Data Protection Officer, Millbrook Town Hall, Civic Way, Millbrook, MB2 7TH']);
  });
  it('splits prose lists: data "such as", purposes "to A, to B, and to C", recipients and a processor', () => {
    expect(texts(s.personalData)).toEqual(['names', 'addresses', 'dates of birth', 'family relationships', 'school records', 'health information']);
    expect(texts(s.purposes)).toEqual(['assess and meet the needs of children and families', 'protect children from harm', 'plan and improve our services']);
    expect(texts(s.recipients)).toEqual(['the NHS', 'the police', 'schools', 'other local authorities', 'Caseworks Systems Ltd']);
    expect(s.specialCategoryData.mentioned).toBe(true);
  });
  it('reads Article 6 references, periods, a run of rights, answers and a numeric date', () => {
    expect(s.lawfulBases.map((b) => b.basis)).toEqual(['legal-obligation', 'public-task']);
    expect(s.retention.periods).toEqual(["until the child's 25th birthday", '75 years']);
    expect(s.rights.map((r) => r.right)).toEqual(['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'complain']);
    expect([s.internationalTransfers.status, s.automatedDecisionMaking.status]).toEqual(['no', 'no']);
    expect(s.lastUpdated).toBe('2025-10-14');
    expect(s.sources).toHaveLength(1);
  });
});
