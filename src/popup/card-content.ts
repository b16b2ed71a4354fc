// What each topic card lists under its plain sentences: the notice's own items, each with the
// evidence it was read from, so every claim can be checked on the page.
import type { Evidence, NoticeSummary } from '../core/types';
import type { PlainWords } from '../core/plain/language/types';

export type CardEntry = { text: string; evidence: Evidence | null };

const one = (text: string, evidence: Evidence | null): CardEntry[] => (evidence ? [{ text, evidence }] : []);

export function cardEntries(s: NoticeSummary, id: string, words: PlainWords): CardEntry[] {
  switch (id) {
    case 'who': return one(s.controller.name ?? '', s.controller.evidence).map((e) => ({ ...e, text: e.evidence!.quote }));
    case 'why': return [...s.purposes, ...s.lawfulBases.map((b) => ({ text: b.evidence.quote, evidence: b.evidence }))];
    case 'what': return [...s.personalData, ...s.specialCategoryData.items.filter((i) => !s.personalData.some((p) => p.text === i.text))];
    case 'sharing': return s.recipients;
    case 'keeping': return one(s.retention.evidence?.quote ?? '', s.retention.evidence);
    case 'rights': return [...s.rights.map((r) => ({ text: `${words.rightName[r.right]}: “${r.evidence.quote}”`, evidence: r.evidence })), ...one(s.complaint.evidence?.quote ?? '', s.complaint.evidence)];
    case 'abroad': return one(s.internationalTransfers.evidence?.quote ?? '', s.internationalTransfers.evidence);
    case 'automated': return one(s.automatedDecisionMaking.evidence?.quote ?? '', s.automatedDecisionMaking.evidence);
    default: return [];
  }
}
