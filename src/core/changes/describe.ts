// Each change in plain words, in the reader's language, with the evidence it was read from.
import { dateInWords } from '../i18n/dates';
import type { Language } from '../i18n/language';
import { wordsFor } from '../plain/words';
import type { Evidence } from '../types';
import type { NoticeChange, RetentionReading } from './notice-changes';
import { cy } from './words/cy';
import { en } from './words/en';
import type { ChangeWords } from './words/types';

const CHANGE_WORDS: Record<Language, ChangeWords> = { en, cy };

export type DescribedChange = { change: NoticeChange; sentence: string; evidence: Evidence | null };

function keep(r: RetentionReading, w: ChangeWords, language: Language): string {
  if (r.status === 'period' && r.periods.length) return w.keep.period(wordsFor(language).list(r.periods));
  return r.status === 'schedule' ? w.keep.schedule : w.keep.vague;
}

/** One change as a sentence a resident reads. */
export function changeSentence(c: NoticeChange, language: Language = 'en'): string {
  const w = CHANGE_WORDS[language], plain = wordsFor(language);
  const pick = (t: { added: (v: string) => string; removed: (v: string) => string; changed?: (a: string, b: string) => string },
    kind: NoticeChange['kind'], before: string, after: string) =>
    (kind === 'changed' && t.changed ? t.changed(after, before) : kind === 'removed' ? t.removed(before) : t.added(after));
  switch (c.field) {
    case 'controller': return pick(w.controller, c.kind, c.before ?? '', c.after ?? '');
    case 'ico-number': return pick(w.icoNumber, c.kind, c.before ?? '', c.after ?? '');
    case 'dpo': return w.dpo[c.kind];
    case 'contact-email': return w.email[c.kind](c.value);
    case 'contact-phone': return w.phone[c.kind](c.value);
    case 'purpose': return w.purpose[c.kind](c.value);
    case 'data': return w.data[c.kind](c.value);
    case 'recipient': return w.recipient[c.kind](c.value);
    case 'source': return w.source[c.kind](c.value);
    case 'lawful-basis': return w.basis[c.kind](plain.basis[c.basis]);
    case 'right': return w.right[c.kind](plain.right[c.right]);
    case 'special-category': return w.special[c.kind];
    case 'retention': {
      // A period that stopped being a period reads as "removed" only when nothing is said at all.
      if (c.kind === 'changed' && c.after.status === 'not-stated') return w.retention.removed(keep(c.before, w, language));
      return pick(w.retention, c.kind, keep(c.before, w, language), keep(c.after, w, language));
    }
    case 'ico-complaint': return w.icoComplaint[c.kind];
    case 'transfers': return w.answer(w.abroad[c.after], w.abroad[c.before]);
    case 'automated': return w.answer(w.automated[c.after], w.automated[c.before]);
    case 'last-updated': return pick(w.lastUpdated, c.kind, c.before ? dateInWords(c.before, language) : '', c.after ? dateInWords(c.after, language) : '');
    case 'checklist': return c.kind === 'added' ? w.checklist.added(plain.checklist[c.item].full) : w.checklist.removed(plain.checklist[c.item].missing);
  }
}

/** The opening line: "Since you saved this on 3 March 2026:". */
export const sinceSentence = (savedOnIso: string, language: Language = 'en') => CHANGE_WORDS[language].since(dateInWords(savedOnIso.slice(0, 10), language));

export const describeChanges = (changes: NoticeChange[], language: Language = 'en'): DescribedChange[] =>
  changes.map((change) => ({ change, sentence: changeSentence(change, language), evidence: change.evidence }));
