import { describe, expect, it } from 'vitest';
import { analyseFixture } from '../../../tests/helpers/analyse';
import type { LawfulBasis, NoticeSummary } from '../types';
import { availableRights, LETTER_RIGHTS, type LetterRight } from './rights';

const sample = analyseFixture('../../samples/council-tax-privacy-notice.html').summary;
const withBases = (bases: LawfulBasis[], automated: NoticeSummary['automatedDecisionMaking']['status'] = 'not-stated'): NoticeSummary => ({
  ...sample,
  lawfulBases: bases.map((basis) => ({ basis, evidence: { heading: null, quote: basis } })),
  automatedDecisionMaking: { status: automated, evidence: null },
});
const offered = (s: NoticeSummary) => availableRights(s).filter((a) => a.offered).map((a) => a.right);
const verdict = (s: NoticeSummary, right: LetterRight) => availableRights(s).find((a) => a.right === right)!;

describe('which rights a resident can use', () => {
  it('lists every letter right, once, in order', () => {
    expect(availableRights(sample).map((a) => a.right)).toEqual([...LETTER_RIGHTS]);
  });
  it('for a legal duty and public task (the sample): no portability, consent or computer review, with reasons', () => {
    expect(sample.lawfulBases.map((b) => b.basis)).toEqual(['legal-obligation', 'public-task']);
    expect(offered(sample)).toEqual(['access', 'rectification', 'erasure', 'restriction', 'objection']);
    expect(verdict(sample, 'portability')).toEqual({ right: 'portability', offered: false, reason: 'whyNotPortability' });
    expect(verdict(sample, 'withdraw-consent')).toEqual({ right: 'withdraw-consent', offered: false, reason: 'whyNotConsent' });
    expect(verdict(sample, 'automated-review')).toEqual({ right: 'automated-review', offered: false, reason: 'whyNotComputer' });
    expect(verdict(sample, 'erasure')).toEqual({ right: 'erasure', offered: true, note: 'noteErasureLegalDuty' });
  });
  it('offers portability and withdrawing consent where consent is the basis', () => {
    const s = withBases(['consent']);
    expect(offered(s)).toEqual(['access', 'rectification', 'erasure', 'restriction', 'portability', 'withdraw-consent']);
    expect(verdict(s, 'objection')).toMatchObject({ offered: false, reason: 'whyNotObjection' });
    expect(verdict(s, 'erasure')).toMatchObject({ offered: true, note: null });
  });
  it('offers portability for a contract but not withdrawing consent', () => {
    const s = withBases(['contract', 'legitimate-interests']);
    expect(offered(s)).toContain('portability');
    expect(offered(s)).toContain('objection');
    expect(verdict(s, 'withdraw-consent')).toMatchObject({ offered: false, reason: 'whyNotConsent' });
  });
  it('offers a review of a computer decision only when the notice says it makes them', () => {
    expect(offered(withBases(['public-task'], 'yes'))).toContain('automated-review');
    expect(verdict(withBases(['public-task'], 'unanswered'), 'automated-review')).toMatchObject({ offered: false, reason: 'whyNotComputerUnknown' });
  });
  it('says when the notice gives no lawful basis, rather than guessing', () => {
    const s = withBases([]);
    expect(verdict(s, 'portability')).toMatchObject({ offered: false, reason: 'whyNotPortabilityUnknown' });
    expect(verdict(s, 'withdraw-consent')).toMatchObject({ offered: false, reason: 'whyNotConsentUnknown' });
    expect(verdict(s, 'objection')).toMatchObject({ offered: true, note: 'noteObjectionUnknown' });
  });
});
