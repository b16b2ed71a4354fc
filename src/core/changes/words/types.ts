// What one language needs to tell a resident what changed in a notice: a sentence per kind of
// change, since word order and mutations differ between languages.
import type { AnswerStatus } from '../../types';

export type AddedRemoved = { added: (value: string) => string; removed: (value: string) => string };
export type Changed = AddedRemoved & { changed: (after: string, before: string) => string };

export interface ChangeWords {
  since: (date: string) => string;
  controller: Changed;
  icoNumber: Changed;
  dpo: { added: string; removed: string };
  email: AddedRemoved;
  phone: AddedRemoved;
  purpose: AddedRemoved;
  data: AddedRemoved;
  recipient: AddedRemoved;
  source: AddedRemoved;
  /** Takes the plain reason of src/core/plain/language (the words that follow "because"). */
  basis: AddedRemoved;
  /** Takes the plain right (the words that follow "the right to"). */
  right: AddedRemoved;
  special: { added: string; removed: string };
  /** How long data is kept, to follow "keep your data". */
  keep: { period: (periods: string) => string; schedule: string; vague: string };
  retention: Changed;
  icoComplaint: { added: string; removed: string };
  /** What the notice says about an answer, to follow "the notice now says". */
  abroad: Record<AnswerStatus, string>;
  automated: Record<AnswerStatus, string>;
  answer: (after: string, before: string) => string;
  lastUpdated: Changed;
  /** Takes the checklist item's "missing" sentence, or its full name. */
  checklist: AddedRemoved;
}
