// What a council changed between two readings of one notice, field by field. Items are matched
// by meaning (src/core/text/same-meaning.ts), so a purpose or recipient reworded is not a change;
// a value that differs, an item added or removed, a checklist item that came or went and the
// notice's own last-updated date are. Every change carries the evidence it was read from: the
// new reading's quote for what is there now, the old reading's for what has gone.
import type { AnswerStatus, ChecklistItem, Evidence, Item, LawfulBasis, NoticeSummary, RetentionStatus, Right } from '../types';
import { plainWords, unmatched } from '../text/same-meaning';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One change, as data; `changeSentence` (./describe.ts) words it for a resident. */
export type NoticeChange =
  | { field: 'controller'; kind: ChangeKind; before: string | null; after: string | null; evidence: Evidence | null }
  | { field: 'ico-number'; kind: ChangeKind; before: string | null; after: string | null; evidence: Evidence | null }
  | { field: 'dpo'; kind: 'added' | 'removed'; evidence: Evidence | null }
  | { field: 'contact-email' | 'contact-phone'; kind: 'added' | 'removed'; value: string; evidence: Evidence | null }
  | { field: 'purpose' | 'data' | 'recipient' | 'source'; kind: 'added' | 'removed'; value: string; evidence: Evidence }
  | { field: 'lawful-basis'; kind: 'added' | 'removed'; basis: LawfulBasis; evidence: Evidence }
  | { field: 'right'; kind: 'added' | 'removed'; right: Right; evidence: Evidence }
  | { field: 'special-category'; kind: 'added' | 'removed'; evidence: Evidence | null }
  | { field: 'retention'; kind: ChangeKind; before: RetentionReading; after: RetentionReading; evidence: Evidence | null }
  | { field: 'ico-complaint'; kind: 'added' | 'removed'; evidence: Evidence | null }
  | { field: 'transfers' | 'automated'; kind: 'changed'; before: AnswerStatus; after: AnswerStatus; evidence: Evidence | null }
  | { field: 'last-updated'; kind: ChangeKind; before: string | null; after: string | null; evidence: null }
  | { field: 'checklist'; kind: 'added' | 'removed'; item: ChecklistItem; evidence: null };

export type ChangeField = NoticeChange['field'];
export type RetentionReading = { status: RetentionStatus; periods: string[] };

const kindOf = (before: unknown, after: unknown): ChangeKind => (before == null ? 'added' : after == null ? 'removed' : 'changed');
const same = (a: string, b: string) => plainWords(a) === plainWords(b);

function itemChanges(field: 'purpose' | 'data' | 'recipient' | 'source', before: Item[], after: Item[]): NoticeChange[] {
  const { removed, added } = unmatched(before, after, (i) => i.text);
  return [
    ...added.map((i): NoticeChange => ({ field, kind: 'added', value: i.text, evidence: i.evidence })),
    ...removed.map((i): NoticeChange => ({ field, kind: 'removed', value: i.text, evidence: i.evidence })),
  ];
}

function keyedChanges<K extends string, T extends { evidence: Evidence }>(before: T[], after: T[], key: (t: T) => K,
  make: (k: K, kind: 'added' | 'removed', evidence: Evidence) => NoticeChange): NoticeChange[] {
  const had = new Map(before.map((t) => [key(t), t])), has = new Map(after.map((t) => [key(t), t]));
  return [
    ...[...has].filter(([k]) => !had.has(k)).map(([k, t]) => make(k, 'added', t.evidence)),
    ...[...had].filter(([k]) => !has.has(k)).map(([k, t]) => make(k, 'removed', t.evidence)),
  ];
}

function valueChanges(field: 'contact-email' | 'contact-phone', before: string[], after: string[], norm: (s: string) => string): NoticeChange[] {
  const had = new Set(before.map(norm)), has = new Set(after.map(norm));
  return [
    ...after.filter((v) => !had.has(norm(v))).map((value): NoticeChange => ({ field, kind: 'added', value, evidence: null })),
    ...before.filter((v) => !has.has(norm(v))).map((value): NoticeChange => ({ field, kind: 'removed', value, evidence: null })),
  ];
}

function flag(field: 'dpo' | 'special-category' | 'ico-complaint', before: boolean, after: boolean, evidence: Evidence | null): NoticeChange[] {
  if (before === after) return [];
  return [{ field, kind: after ? 'added' : 'removed', evidence }];
}

/** The numbers in a span, words as digits: "two years" and "2 years" agree, "2 years" and "6 years" do not. */
const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12',
  fifteen: '15', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100',
};
const numbersIn = (span: string) => (plainWords(span).match(/\b(?:\d+|[a-z]+)\b/g) ?? [])
  .map((w) => NUMBER_WORDS[w] ?? w).filter((w) => /^\d+$/.test(w)).join(' ');

function retentionChange(b: NoticeSummary['retention'], a: NoticeSummary['retention']): NoticeChange[] {
  const { removed, added } = unmatched(b.periods, a.periods, (p) => p, (x, y) => numbersIn(x) === numbersIn(y));
  if (b.status === a.status && !removed.length && !added.length) return [];
  const kind: ChangeKind = b.status === 'not-stated' ? 'added' : a.status === 'not-stated' ? 'removed' : 'changed';
  return [{ field: 'retention', kind, before: { status: b.status, periods: b.periods }, after: { status: a.status, periods: a.periods }, evidence: a.evidence ?? b.evidence }];
}

function answerChange(field: 'transfers' | 'automated', b: NoticeSummary['internationalTransfers'], a: NoticeSummary['internationalTransfers']): NoticeChange[] {
  return b.status === a.status ? [] : [{ field, kind: 'changed', before: b.status, after: a.status, evidence: a.evidence ?? b.evidence }];
}

/** Which field change already tells a resident that a checklist item came or went. */
const CHECKLIST_FIELDS: Partial<Record<ChecklistItem, ChangeField[]>> = {
  'controller-identity': ['controller'], 'controller-contact': ['contact-email', 'contact-phone'],
  'dpo-contact': ['dpo'], purposes: ['purpose'], 'lawful-basis': ['lawful-basis'], recipients: ['recipient'],
  'international-transfers': ['transfers'], retention: ['retention'], rights: ['right'], 'withdraw-consent': ['right'],
  'complain-to-ico': ['ico-complaint'], 'automated-decision-making': ['automated'], 'categories-of-data': ['data'], 'source-of-data': ['source'],
};

function checklistChanges(b: NoticeSummary, a: NoticeSummary, told: Set<ChangeField>): NoticeChange[] {
  const had = new Map(b.checklist.map((c) => [c.item, c.status]));
  return a.checklist.flatMap(({ item, status }): NoticeChange[] => {
    const was = had.get(item);
    if (!was || was === status || (status !== 'present' && was !== 'present')) return [];
    if ((CHECKLIST_FIELDS[item] ?? []).some((f) => told.has(f))) return [];
    return [{ field: 'checklist', kind: status === 'present' ? 'added' : 'removed', item, evidence: null }];
  });
}

/** Every change from the `before` reading of a notice to the `after` one; [] when only the wording moved. */
export function noticeChanges(before: NoticeSummary, after: NoticeSummary): NoticeChange[] {
  const bc = before.controller.name, ac = after.controller.name;
  const changes: NoticeChange[] = [
    ...(bc === ac || (bc && ac && same(bc, ac)) ? [] : [{ field: 'controller', kind: kindOf(bc, ac), before: bc, after: ac, evidence: after.controller.evidence ?? before.controller.evidence } as NoticeChange]),
    ...(before.icoRegistrationNumber === after.icoRegistrationNumber ? []
      : [{ field: 'ico-number', kind: kindOf(before.icoRegistrationNumber, after.icoRegistrationNumber), before: before.icoRegistrationNumber, after: after.icoRegistrationNumber, evidence: null } as NoticeChange]),
    ...flag('dpo', before.dataProtectionOfficer.mentioned, after.dataProtectionOfficer.mentioned, null),
    ...valueChanges('contact-email', before.rightsContact.emails, after.rightsContact.emails, (e) => e.toLowerCase()),
    ...valueChanges('contact-phone', before.rightsContact.phones, after.rightsContact.phones, (p) => p.replace(/\D/g, '').replace(/^44/, '0')),
    ...itemChanges('purpose', before.purposes, after.purposes),
    ...keyedChanges(before.lawfulBases, after.lawfulBases, (x) => x.basis, (basis, kind, evidence) => ({ field: 'lawful-basis', kind, basis, evidence })),
    ...itemChanges('data', before.personalData, after.personalData),
    ...flag('special-category', before.specialCategoryData.mentioned, after.specialCategoryData.mentioned,
      (after.specialCategoryData.items[0] ?? before.specialCategoryData.items[0])?.evidence ?? null),
    ...itemChanges('recipient', before.recipients, after.recipients),
    ...retentionChange(before.retention, after.retention),
    ...keyedChanges(before.rights, after.rights, (x) => x.right, (right, kind, evidence) => ({ field: 'right', kind, right, evidence })),
    ...flag('ico-complaint', before.complaint.icoMentioned, after.complaint.icoMentioned, after.complaint.evidence ?? before.complaint.evidence),
    ...answerChange('transfers', before.internationalTransfers, after.internationalTransfers),
    ...answerChange('automated', before.automatedDecisionMaking, after.automatedDecisionMaking),
    ...itemChanges('source', before.sources, after.sources),
    ...(before.lastUpdated === after.lastUpdated ? [] : [{ field: 'last-updated', kind: kindOf(before.lastUpdated, after.lastUpdated), before: before.lastUpdated, after: after.lastUpdated, evidence: null } as NoticeChange]),
  ];
  // Losing the ICO line and losing "the right to complain" are one change to a resident.
  const icoLine = changes.find((c) => c.field === 'ico-complaint');
  const told = changes.filter((c) => !(icoLine && c.field === 'right' && c.right === 'complain' && c.kind === icoLine.kind));
  return [...told, ...checklistChanges(before, after, new Set(told.map((c) => c.field)))];
}

/** The value before and after, as short text (CSV columns, the report's table). */
export function changeValues(c: NoticeChange): { before: string; after: string } {
  const side = (v: string | null | undefined) => v ?? '';
  switch (c.field) {
    case 'controller': case 'ico-number': case 'last-updated': return { before: side(c.before), after: side(c.after) };
    case 'retention': {
      const r = (x: RetentionReading) => (x.periods.length ? x.periods.join('; ') : x.status);
      return { before: r(c.before), after: r(c.after) };
    }
    case 'transfers': case 'automated': return { before: c.before, after: c.after };
    case 'contact-email': case 'contact-phone': case 'purpose': case 'data': case 'recipient': case 'source':
      return c.kind === 'added' ? { before: '', after: c.value } : { before: c.value, after: '' };
    case 'lawful-basis': return c.kind === 'added' ? { before: '', after: c.basis } : { before: c.basis, after: '' };
    case 'right': return c.kind === 'added' ? { before: '', after: c.right } : { before: c.right, after: '' };
    case 'checklist': return c.kind === 'added' ? { before: 'missing', after: c.item } : { before: c.item, after: 'missing' };
    default: return c.kind === 'added' ? { before: 'no', after: 'yes' } : { before: 'yes', after: 'no' };
  }
}
