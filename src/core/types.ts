// The NoticeSummary format (../shared/spec/summary-format.md, version 1).
// Every part of Plain Notice speaks it; schema/notice-summary.schema.json is its checkable twin.

export type Evidence = { heading: string | null; quote: string };
export type Item = { text: string; evidence: Evidence };
export type Contact = { emails: string[]; phones: string[]; postalAddresses: string[]; urls: string[] };
export type AnswerStatus = 'yes' | 'no' | 'unanswered' | 'not-stated';
export type Answer = { status: AnswerStatus; evidence: Evidence | null };

export const LAWFUL_BASES = [
  'consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests',
] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];

export const RIGHTS = [
  'informed', 'access', 'rectification', 'erasure', 'restriction', 'objection',
  'portability', 'automated-decisions', 'withdraw-consent', 'complain',
] as const;
export type Right = (typeof RIGHTS)[number];

export const CHECKLIST_ITEMS = [
  'controller-identity', 'controller-contact', 'dpo-contact', 'purposes', 'lawful-basis',
  'legitimate-interests', 'recipients', 'international-transfers', 'retention', 'rights',
  'withdraw-consent', 'complain-to-ico', 'statutory-or-contractual-requirement',
  'automated-decision-making', 'categories-of-data', 'source-of-data',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export type ChecklistStatus = 'present' | 'missing' | 'unclear';

export type RetentionStatus = 'period' | 'schedule' | 'vague' | 'not-stated';

export type PlainSection = { id: string; title: string; sentences: string[] };

export interface NoticeSummary {
  schemaVersion: 1;
  source: { url: string | null; title: string | null; analysedAt: string };
  detection: { isPrivacyNotice: boolean; score: number; isCouncil: boolean; signals: string[] };
  controller: { name: string | null; evidence: Evidence | null };
  icoRegistrationNumber: string | null;
  dataProtectionOfficer: { mentioned: boolean; contact: Contact };
  rightsContact: Contact;
  purposes: Item[];
  lawfulBases: { basis: LawfulBasis; evidence: Evidence }[];
  personalData: Item[];
  specialCategoryData: { mentioned: boolean; items: Item[] };
  recipients: Item[];
  retention: { status: RetentionStatus; periods: string[]; evidence: Evidence | null };
  rights: { right: Right; evidence: Evidence }[];
  complaint: { icoMentioned: boolean; evidence: Evidence | null };
  internationalTransfers: Answer;
  automatedDecisionMaking: Answer;
  sources: Item[];
  lastUpdated: string | null;
  checklist: { item: ChecklistItem; status: ChecklistStatus }[];
  plain: { headline: string; sections: PlainSection[] };
}

export const SCHEMA_VERSION = 1 as const;
