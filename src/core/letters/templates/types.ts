// The shape of one language's letters. Every text is data with named placeholders in braces
// ({council}); compose.ts fills them. A new language is one more file of this shape.
import type { LetterRight } from '../rights';

/** The placeholders a letter text may use. */
export const PLACEHOLDERS = [
  'council', 'title', 'url', 'readOn', 'service', 'name', 'address', 'reference',
  'subject', 'sentOn', 'dueOn', 'contact',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export interface RightLetter {
  /** The letter's subject line (also the email subject). */
  subject: string;
  /** The request itself: the right in plain words, with the article in brackets. Lines; '' is a blank line. */
  body: string[];
  /** The file name when the letter is downloaded. */
  fileName: string;
}

export interface LetterTemplates {
  /** BCP 47 tag used to write dates, e.g. en-GB. */
  locale: string;
  recipient: string;
  toLine: string;
  greeting: string;
  /** Names the notice read and the service, so the council knows what the request is about. */
  notice: string[];
  /** The same without an address, for notices read from a file. */
  noticeNoUrl: string[];
  reply: string;
  detailsHeading: string;
  detailLines: string[];
  /** Shown in place of a detail the resident has not filled in. */
  blanks: { name: string; address: string; reference: string };
  signOff: string;
  /** Used when the notice does not name the council. */
  theCouncil: string;
  /** Used when a request was sent some other way than an email or postal address. */
  anotherWay: string;
  rights: Record<LetterRight, RightLetter>;
  followUp: RightLetter;
}
