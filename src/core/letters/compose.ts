// Fills a letter for one right, or a follow-up for a request gone unanswered, from the notice's
// summary (council, contact, notice read) and the resident's details. Pure: the date and the
// language are passed in; the words come from the language's template table.
import { formatDay, isoDay, type IsoDay } from '../calendar';
import { serviceOf } from '../library/naming';
import type { NoticeSummary } from '../types';
import type { LetterRight } from './rights';
import { letterTemplates } from './templates';
import type { LetterTemplates, Placeholder } from './templates/types';

export interface LetterDetails { name: string; address: string; reference: string }
export const NO_DETAILS: LetterDetails = { name: '', address: '', reference: '' };

export interface Letter { to: string; email: string | null; subject: string; body: string; fileName: string }

/** What a letter needs to know about the council and the notice; also what a tracked request keeps. */
export interface LetterTarget {
  council: string | null;
  email: string | null;
  postalAddress: string | null;
  title: string | null;
  url: string | null;
  readOn: IsoDay;
  service: string;
}

export interface LetterOptions { today: IsoDay; lang: string; details?: LetterDetails }

export function targetOf(summary: NoticeSummary): LetterTarget {
  const dpo = summary.dataProtectionOfficer.contact;
  return {
    // Only a named controller: a letter to "the council" reads better than one to a web address.
    council: summary.controller.name,
    email: dpo.emails[0] ?? summary.rightsContact.emails[0] ?? null,
    postalAddress: summary.rightsContact.postalAddresses[0] ?? dpo.postalAddresses[0] ?? null,
    title: summary.source.title,
    url: summary.source.url,
    readOn: isoDay(new Date(summary.source.analysedAt)),
    service: serviceOf(summary),
  };
}

/** Replaces each {placeholder}; an unknown one is a mistake in a template, so it throws. */
export function fill(text: string, values: Partial<Record<Placeholder, string>>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key as Placeholder];
    if (value === undefined) throw new Error(`letter placeholder {${key}} has no value`);
    return value;
  });
}

function addressLines(target: LetterTarget, words: LetterTemplates, council: string): string[] {
  // The address often starts with the office and the council already; say each line once. The
  // notice writes the office in English even when the letter is in another language.
  const head = [words.recipient, letterTemplates('en').recipient, council].map((h) => h.toLowerCase());
  return (target.postalAddress ?? '').split(/\s*,\s*/).filter((l) => l && !head.includes(l.toLowerCase()));
}

function build(target: LetterTarget, words: LetterTemplates, letter: { subject: string; body: string[]; fileName: string }, options: LetterOptions, extra?: Partial<Record<Placeholder, string>>): Letter {
  const details = options.details ?? NO_DETAILS;
  const council = target.council ?? words.theCouncil;
  const values: Partial<Record<Placeholder, string>> = {
    council,
    title: target.title ?? target.service,
    url: target.url ?? '',
    readOn: formatDay(target.readOn, words.locale),
    service: target.service,
    name: details.name.trim() || words.blanks.name,
    address: details.address.trim().replace(/\s*\n\s*/g, ', ') || words.blanks.address,
    reference: details.reference.trim() || words.blanks.reference,
    ...extra,
  };
  const subject = fill(letter.subject, values);
  values.subject ??= subject;
  const lines = [
    fill(words.toLine, values),
    ...addressLines(target, words, council),
    '',
    formatDay(options.today, words.locale),
    '',
    subject,
    '',
    words.greeting,
    '',
    ...letter.body.map((l) => fill(l, values)),
    '',
    ...(target.url ? words.notice : words.noticeNoUrl).map((l) => fill(l, values)),
    '',
    // A first request states the deadline; a reminder (which has extra values) has its own words for it.
    ...(extra ? [] : [words.reply, '']),
    words.detailsHeading,
    ...words.detailLines.map((l) => fill(l, values)),
    '',
    words.signOff,
    values.name!,
  ];
  return { to: fill(words.toLine, values).replace(/^[^:]*:\s*/, ''), email: target.email, subject, body: lines.join('\n'), fileName: letter.fileName };
}

export function composeLetter(target: LetterTarget, right: LetterRight, options: LetterOptions): Letter {
  const words = letterTemplates(options.lang);
  return build(target, words, words.rights[right], options);
}

/** The polite reminder for a request whose month has passed. */
export function composeFollowUp(request: { target: LetterTarget; right: LetterRight; sentOn: IsoDay; dueOn: IsoDay; contact: string | null }, options: LetterOptions): Letter {
  const words = letterTemplates(options.lang);
  const original = fill(words.rights[request.right].subject, { council: request.target.council ?? words.theCouncil });
  return build(request.target, words, words.followUp, options, {
    subject: original,
    sentOn: formatDay(request.sentOn, words.locale),
    dueOn: formatDay(request.dueOn, words.locale),
    contact: request.contact || words.anotherWay,
  });
}
