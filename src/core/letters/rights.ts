// Which letters a resident can send, given what the notice says about its lawful bases, consent
// and decisions made by computer. A right that does not apply is kept with the reason why, so
// the popup can explain it instead of silently leaving it out. The codes are message keys.
import type { LawfulBasis, NoticeSummary } from '../types';

export const LETTER_RIGHTS = [
  'access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdraw-consent', 'automated-review',
] as const;
export type LetterRight = (typeof LETTER_RIGHTS)[number];

/** Why a right is not offered (a message key in _locales). */
export type WhyNot =
  | 'whyNotPortability' | 'whyNotPortabilityUnknown'
  | 'whyNotConsent' | 'whyNotConsentUnknown'
  | 'whyNotComputer' | 'whyNotComputerUnknown'
  | 'whyNotObjection';
/** A limit the resident should know before sending (a message key in _locales). */
export type Caveat = 'noteErasureLegalDuty' | 'noteObjectionUnknown';

export type Availability =
  | { right: LetterRight; offered: true; note: Caveat | null }
  | { right: LetterRight; offered: false; reason: WhyNot };

type Rule = (bases: Set<LawfulBasis>, summary: NoticeSummary) => { reason: WhyNot } | { note: Caveat | null };

const any = (bases: Set<LawfulBasis>, wanted: LawfulBasis[]) => wanted.some((b) => bases.has(b));
const open = { note: null };

// UK GDPR: portability (Art. 20) only for consent or contract; withdrawing consent (Art. 7(3))
// only where consent is relied on; objection (Art. 21(1)) only for public task or legitimate
// interests; review of a computer decision (Art. 22) only where such decisions are made. Erasure
// (Art. 17(3)(b)) does not reach data a council needs for a legal duty or public task.
const RULES: Record<LetterRight, Rule> = {
  access: () => open,
  rectification: () => open,
  restriction: () => open,
  erasure: (bases) => ({
    note: bases.size > 0 && [...bases].every((b) => b === 'legal-obligation' || b === 'public-task') ? 'noteErasureLegalDuty' : null,
  }),
  objection: (bases) => {
    if (bases.size === 0) return { note: 'noteObjectionUnknown' };
    return any(bases, ['public-task', 'legitimate-interests']) ? open : { reason: 'whyNotObjection' };
  },
  portability: (bases) => {
    if (bases.size === 0) return { reason: 'whyNotPortabilityUnknown' };
    return any(bases, ['consent', 'contract']) ? open : { reason: 'whyNotPortability' };
  },
  'withdraw-consent': (bases) => {
    if (bases.size === 0) return { reason: 'whyNotConsentUnknown' };
    return bases.has('consent') ? open : { reason: 'whyNotConsent' };
  },
  'automated-review': (_bases, summary) => {
    const status = summary.automatedDecisionMaking.status;
    if (status === 'yes') return open;
    return { reason: status === 'no' ? 'whyNotComputer' : 'whyNotComputerUnknown' };
  },
};

export function availableRights(summary: NoticeSummary): Availability[] {
  const bases = new Set(summary.lawfulBases.map((b) => b.basis));
  return LETTER_RIGHTS.map((right) => {
    const verdict = RULES[right](bases, summary);
    return 'reason' in verdict ? { right, offered: false, reason: verdict.reason } : { right, offered: true, note: verdict.note };
  });
}
