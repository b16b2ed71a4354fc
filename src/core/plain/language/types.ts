// What one language needs to write the plain summary: its words for legal terms, and a function
// per sentence, since word order, plurals and mutations differ between languages.
import type { AnswerStatus, ChecklistItem, LawfulBasis, Right } from '../../types';

export type SectionId = 'who' | 'why' | 'what' | 'sharing' | 'keeping' | 'rights' | 'abroad' | 'automated' | 'missing' | 'not-a-notice';

/** A checklist item: a short column name and its full name (compare page), and what a resident reads when the notice leaves it out or is unclear. */
export interface ChecklistWords { short: string; full: string; missing: string; unclear: string }

export interface PlainWords {
  /** "a, b and c" */
  list: (items: string[]) => string;
  /** The reason the law allows, to follow "because". */
  basis: Record<LawfulBasis, string>;
  /** A right, to follow "You have the right to". */
  right: Record<Right, string>;
  /** A right on its own, as a label. */
  rightName: Record<Right, string>;
  checklist: Record<ChecklistItem, ChecklistWords>;
  /** Who holds the data when the notice does not name them. */
  unnamed: { council: string; organisation: string };
  titles: Record<SectionId, string>;
  headline: { named: (name: string) => string; unnamed: (org: string) => string };
  notNotice: { headline: string; sentences: string[] };
  who: {
    inCharge: (name: string) => string; noController: string; icoNumber: (n: string) => string;
    email: (email: string) => string; phone: (phone: string, afterEmail: boolean) => string; post: (address: string) => string;
    dpo: (org: string) => string; dpoEmail: (email: string) => string;
  };
  why: { count: (n: number) => string; examples: (n: number, examples: string) => string; none: string; basis: (org: string, basis: string, first: boolean) => string };
  what: { held: (org: string, n: number, examples: string) => string; none: string; special: string[] };
  sharing: { count: (org: string, n: number) => string; examples: (n: number, examples: string) => string; none: string };
  keeping: { period: (org: string) => string; says: (periods: string) => string; schedule: (org: string) => string; scheduleNoTimes: string; vague: string[]; none: string };
  rights: { has: (right: string) => string; none: string; alwaysAccess: string; sarName: string; icoSaid: string; icoNotSaid: string };
  abroad: Record<AnswerStatus, string>;
  automated: Record<AnswerStatus, string>;
  missingNone: string;
  /** Labels for the summary as plain text. */
  text: { title: string; noTitle: string; privacyNotice: string; score: string; council: string; lastUpdated: string; notGiven: string; yes: string; no: string };
}
