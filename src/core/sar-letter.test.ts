import { describe, expect, it } from 'vitest';
import { analyseFixture } from '../../tests/helpers/analyse';
import { sarLetter } from './sar-letter';

describe('sarLetter', () => {
  const { summary } = analyseFixture('../../samples/council-tax-privacy-notice.html');
  const letter = sarLetter(summary, new Date(Date.UTC(2026, 0, 5)));
  it('is addressed to the council, with its address once', () => {
    expect(letter.body.split('\n').slice(0, 6)).toEqual(['To: Data Protection Officer, Northbrook Borough Council', 'Town Hall', 'Market Street', 'Northbrook', 'NB1 2AB', '']);
    expect(letter.email).toBe('dataprotection@northbrook.gov.uk');
  });
  it('asks for the data under Article 15 and leaves the resident’s details to fill in', () => {
    expect(letter.body).toContain('5 January 2026');
    expect(letter.body).toContain('Article 15 of the UK GDPR');
    expect(letter.body).toContain('Full name: [your full name]');
    expect(letter.body).toContain('"Council Tax privacy notice | Northbrook Borough Council"');
  });
  it('falls back to "the council" when the notice names nobody', () => {
    const { summary: s } = analyseFixture('run-on-lists.md');
    const l = sarLetter(s, new Date(0));
    expect(l.to).toBe('Data Protection Officer, the council');
    expect(l.email).toBeNull();
  });
});
