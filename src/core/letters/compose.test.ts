import { describe, expect, it } from 'vitest';
import { analyseFixture } from '../../../tests/helpers/analyse';
import { composeFollowUp, composeLetter, fill, targetOf } from './compose';
import { LETTER_RIGHTS } from './rights';
import { letterTemplates, LETTER_LANGUAGES } from './templates';
import { en } from './templates/en';
import { PLACEHOLDERS } from './templates/types';

const URL = 'https://www.northbrook.gov.uk/council-tax/privacy';
const sample = analyseFixture('../../samples/council-tax-privacy-notice.html', URL).summary;
const target = targetOf(sample);
const options = { today: '2026-01-05', lang: 'en' };

describe('letters for each right', () => {
  it('takes the council, contact and notice from the summary', () => {
    expect(target).toEqual({
      council: 'Northbrook Borough Council', email: 'dataprotection@northbrook.gov.uk',
      postalAddress: 'Data Protection Officer, Northbrook Borough Council, Town Hall, Market Street, Northbrook, NB1 2AB',
      title: 'Council Tax privacy notice | Northbrook Borough Council', url: URL, readOn: '2026-01-01', service: 'Council Tax',
    });
  });
  it('keeps the subject access letter: addressed once, Article 15, details left to fill in', () => {
    const letter = composeLetter(target, 'access', options);
    expect(letter.body.split('\n').slice(0, 6)).toEqual(['To: Data Protection Officer, Northbrook Borough Council', 'Town Hall', 'Market Street', 'Northbrook', 'NB1 2AB', '']);
    expect(letter).toMatchObject({ to: 'Data Protection Officer, Northbrook Borough Council', email: 'dataprotection@northbrook.gov.uk', subject: 'Subject access request', fileName: 'subject-access-request.txt' });
    expect(letter.body).toContain('5 January 2026');
    expect(letter.body).toContain('Please send me a copy of all the personal information Northbrook Borough Council holds about me.');
    expect(letter.body).toContain('(Article 15 of the UK GDPR)');
    expect(letter.body).toContain('Full name: [your full name]');
  });
  it('names the notice (title, address, date read) and the service in every letter', () => {
    for (const right of LETTER_RIGHTS) {
      const body = composeLetter(target, right, options).body;
      expect(body, right).toContain('your privacy notice "Council Tax privacy notice | Northbrook Borough Council", which I read on 1 January 2026 at https://www.northbrook.gov.uk/council-tax/privacy. My request is about Council Tax.');
      expect(body, right).toMatch(/\(Article \d+(?:\(\d\))? of the UK GDPR\)/);
      expect(body, right).toContain('Please reply within one calendar month');
    }
  });
  it('cites the right article for each right, with its own subject and file', () => {
    const articles = { access: '15', rectification: '16', erasure: '17', restriction: '18', objection: '21', portability: '20', 'withdraw-consent': '7(3)', 'automated-review': '22' };
    for (const right of LETTER_RIGHTS) expect(composeLetter(target, right, options).body).toContain(`(Article ${articles[right]} of the UK GDPR)`);
    const subjects = LETTER_RIGHTS.map((r) => composeLetter(target, r, options).subject);
    expect(new Set(subjects).size).toBe(LETTER_RIGHTS.length);
    expect(new Set(LETTER_RIGHTS.map((r) => composeLetter(target, r, options).fileName)).size).toBe(LETTER_RIGHTS.length);
    expect(composeLetter(target, 'erasure', options).body).toContain('Please delete the personal information Northbrook Borough Council holds about me.');
  });
  it('fills the resident’s details when given, on one line each', () => {
    const body = composeLetter(target, 'erasure', { ...options, details: { name: ' Ann Example ', address: '1 High Street\nNorthbrook\nNB1 1AA', reference: 'CT-123' } }).body;
    expect(body).toContain('Full name: Ann Example');
    expect(body).toContain('Address: 1 High Street, Northbrook, NB1 1AA');
    expect(body).toContain('Reference number: CT-123');
    expect(body.trimEnd().endsWith('Yours sincerely,\nAnn Example')).toBe(true);
  });
  it('falls back to "the council" and leaves out the address line when the notice has neither', () => {
    const bare = targetOf(analyseFixture('run-on-lists.md').summary);
    const letter = composeLetter(bare, 'access', options);
    expect(letter.to).toBe('Data Protection Officer, the council');
    expect(letter.email).toBeNull();
    expect(letter.body).not.toContain(' at ');
    expect(letter.body).toMatch(/which I read on 1 January 2026\. My request is about/);
  });
  it('writes a polite follow-up naming the request, the dates and the contact', () => {
    const letter = composeFollowUp({ target, right: 'erasure', sentOn: '2027-01-31', dueOn: '2027-02-28', contact: 'dataprotection@northbrook.gov.uk' }, { today: '2027-03-05', lang: 'en' });
    expect(letter.subject).toBe('Reminder: Request to delete my personal information');
    expect(letter.body).toContain('On 31 January 2027 I sent you a request: "Request to delete my personal information". I sent it to dataprotection@northbrook.gov.uk.');
    expect(letter.body).toContain('your reply was due by 28 February 2027');
    expect(letter.body).toContain('5 March 2027');
    expect(letter.body).not.toContain('Please reply within one calendar month');
    expect(composeFollowUp({ target, right: 'access', sentOn: '2027-01-31', dueOn: '2027-02-28', contact: null }, options).body).toContain('I sent it to your website or another way.');
  });
});

describe('letter templates', () => {
  it('are looked up by language code, English by default', () => {
    expect(letterTemplates('en-GB')).toBe(en);
    expect(letterTemplates('xx')).toBe(en);
    expect(LETTER_LANGUAGES).toContain('en');
  });
  it('use only known placeholders, in every language', () => {
    for (const lang of LETTER_LANGUAGES) {
      const texts = JSON.stringify(letterTemplates(lang));
      for (const [, name] of texts.matchAll(/\{(\w+)\}/g)) expect(PLACEHOLDERS, `${lang}: {${name}}`).toContain(name);
    }
  });
  it('refuse a placeholder with no value', () => {
    expect(() => fill('Dear {nobody}', {})).toThrow(/nobody/);
    expect(fill('Dear {council}', { council: 'Eastmere' })).toBe('Dear Eastmere');
  });
});
