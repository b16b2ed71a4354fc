// The plain-language summary: short second-person sentences, each built from one extracted
// field (and so traceable to its evidence), and one sentence per checklist item the notice
// leaves out. Words quoted from the notice stand inside “…”, as written. The sentences come
// from the chosen language's table (English by default).
import type { Language } from '../i18n/language';
import type { AnswerStatus, Item, NoticeSummary, PlainSection } from '../types';
import type { PlainWords, SectionId } from './language/types';
import { gapSentence, wordsFor } from './words';

type Input = Omit<NoticeSummary, 'plain' | 'schemaVersion' | 'source'>;

const EXAMPLES = 3;
const MAX_QUOTE = 70;

function quote(text: string): string {
  const t = text.replace(/[“”]/g, '"').trim();
  return `“${t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1).replace(/\s+\S*$/, '')}…` : t}”`;
}

const section = (w: PlainWords, id: SectionId, sentences: string[]): PlainSection => ({ id, title: w.titles[id], sentences });
const examples = (w: PlainWords, items: Item[]) => w.list(items.slice(0, EXAMPLES).map((i) => quote(i.text)));

function who(f: Input, org: string, w: PlainWords): PlainSection {
  const sentences: string[] = [];
  sentences.push(f.controller.name ? w.who.inCharge(f.controller.name) : w.who.noController);
  if (f.icoRegistrationNumber) sentences.push(w.who.icoNumber(f.icoRegistrationNumber));
  const c = f.rightsContact;
  if (c.emails[0]) sentences.push(w.who.email(c.emails[0]));
  if (c.phones[0]) sentences.push(w.who.phone(c.phones[0], !!c.emails[0]));
  if (c.postalAddresses[0] && !c.emails[0] && !c.phones[0]) sentences.push(w.who.post(c.postalAddresses[0]));
  if (f.dataProtectionOfficer.mentioned) {
    const dpoEmail = f.dataProtectionOfficer.contact.emails[0];
    sentences.push(w.who.dpo(org));
    if (dpoEmail && dpoEmail !== c.emails[0]) sentences.push(w.who.dpoEmail(dpoEmail));
  }
  return section(w, 'who', sentences);
}

function why(f: Input, org: string, w: PlainWords): PlainSection {
  const sentences = f.purposes.length
    ? [w.why.count(f.purposes.length), w.why.examples(f.purposes.length, examples(w, f.purposes))]
    : [w.why.none];
  f.lawfulBases.forEach((b, i) => sentences.push(w.why.basis(org, w.basis[b.basis], i === 0)));
  return section(w, 'why', sentences);
}

function what(f: Input, org: string, w: PlainWords): PlainSection {
  const sentences = [f.personalData.length ? w.what.held(org, f.personalData.length, examples(w, f.personalData)) : w.what.none];
  if (f.specialCategoryData.mentioned) sentences.push(...w.what.special);
  return section(w, 'what', sentences);
}

function sharing(f: Input, org: string, w: PlainWords): PlainSection {
  const n = f.recipients.length;
  return section(w, 'sharing', n ? [w.sharing.count(org, n), w.sharing.examples(n, examples(w, f.recipients))] : [w.sharing.none]);
}

function keeping(f: Input, org: string, w: PlainWords): PlainSection {
  const r = f.retention;
  const sentences: Record<typeof r.status, () => string[]> = {
    period: () => [w.keeping.period(org), w.keeping.says(w.list(r.periods.slice(0, EXAMPLES).map(quote)))],
    schedule: () => [w.keeping.schedule(org), w.keeping.scheduleNoTimes],
    vague: () => w.keeping.vague,
    'not-stated': () => [w.keeping.none],
  };
  return section(w, 'keeping', sentences[r.status]());
}

function rights(f: Input, w: PlainWords): PlainSection {
  const named = f.rights.filter((r) => r.right !== 'complain');
  const sentences = named.length ? named.map((r) => w.rights.has(w.right[r.right])) : [w.rights.none];
  if (!named.some((r) => r.right === 'access')) sentences.push(w.rights.alwaysAccess);
  sentences.push(w.rights.sarName);
  sentences.push(f.complaint.icoMentioned ? w.rights.icoSaid : w.rights.icoNotSaid);
  return section(w, 'rights', sentences);
}

const answer = (w: PlainWords, id: 'abroad' | 'automated', status: AnswerStatus) => section(w, id, [w[id][status]]);

function missing(f: Input, w: PlainWords, language: Language): PlainSection {
  const sentences = f.checklist.filter((c) => c.status !== 'present').map((c) => gapSentence(c.item, c.status, language));
  return section(w, 'missing', sentences.length ? sentences : [w.missingNone]);
}

/** asNotice: write the full summary even for a page that does not look like a notice (on request). */
export function plainSummary(f: Input, asNotice = f.detection.isPrivacyNotice, language: Language = 'en'): NoticeSummary['plain'] {
  const w = wordsFor(language);
  if (!asNotice) return { headline: w.notNotice.headline, sections: [section(w, 'not-a-notice', w.notNotice.sentences)] };
  const org = f.controller.name ?? (f.detection.isCouncil ? w.unnamed.council : w.unnamed.organisation);
  return {
    headline: f.controller.name ? w.headline.named(f.controller.name) : w.headline.unnamed(org),
    sections: [
      who(f, org, w), why(f, org, w), what(f, org, w), sharing(f, org, w), keeping(f, org, w), rights(f, w),
      answer(w, 'abroad', f.internationalTransfers.status), answer(w, 'automated', f.automatedDecisionMaking.status),
      missing(f, w, language),
    ],
  };
}

/** A summary's plain words in the given language, read as a notice exactly when its stored (English) words were. */
export function plainIn(summary: NoticeSummary, language: Language): NoticeSummary['plain'] {
  if (language === 'en') return summary.plain;
  return plainSummary(summary, summary.plain.sections[0]?.id !== 'not-a-notice', language);
}
