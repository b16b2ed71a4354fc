// Why the council uses the data: the items of purpose lists, and purpose sentences in prose.
import { bodyUnits, unitsWithTopic, type Structure } from '../sections';
import type { Item } from '../types';
import { dedupeItems, evidenceOf, tidyItem } from './evidence';
import { listItems } from './lists';

/** Verbs that name what the data is for, after "we … to". */
const PURPOSE_VERBS = ['plan', 'provide', 'deliver', 'monitor', 'assess', 'manage', 'help', 'make', 'check', 'contact', 'prevent', 'detect', 'protect', 'support', 'improve', 'carry', 'administer', 'process', 'meet'];
/** How a notice says what it does with data before the purpose verb ("we use it to", "we are able to"). */
const WE_DO = ['need', 'collect', 'use', 'process', 'hold', 'are able', 'are legally obliged', 'are obliged'];
/** A sentence that states a purpose: a purpose phrase, or "we <do> … to <purpose verb>". */
const PURPOSE_SENTENCE = new RegExp(String.raw`\b(?:in order to|so (?:that )?we can|for the purposes? of|(?:statistical|research|these|this|other) purposes?|to help us|(?:be|is|are) used (?:for|to)|use (?:it|this|your|the|that|their)\b[^.]{0,40}\b(?:to|for))\b|\bwe (?:${WE_DO.join('|')})\b[^.]{0,60}\bto (?:${PURPOSE_VERBS.join('|')})\b`, 'i');
/** Anywhere in a notice, "… may also be used for X" names a purpose. */
const USED_FOR = /\b(?:information|data|details|it)\s+(?:may|will|can|could|might)?\s*(?:also\s+)?be\s+used\s+(?:for|to|in)\b/i;
const NOT_A_PURPOSE = /\b(?:legal basis|lawful basis|cookies?|our website|this website|you can|you have the right|contact us)\b|[:;]\s*$/i;
/** Sentences about the purposes rather than stating one ("for the purposes stated when…"). */
const ABOUT_PURPOSES = /\b(?:purposes?|reasons?)\b[^.]{0,30}\b(?:stated|described|set out|listed|explained|above|below)\b/i;
/** Security and record-keeping sentences that happen to say "so we can". */
const SECURITY = /\b(?:audit(?:ed)?|encrypt\w*|secure(?:ly)?|confidential|access controls?|passwords?)\b/i;
/** A list item that is a string of legal citations, not a purpose. */
const CITATIONS = /\b(?:Act|Regulations?|Bill)\s+\d{4}\b[^]*\b(?:Act|Regulations?|Bill)\s+\d{4}\b/;
const MAX_PURPOSES = 20;
/** "We use it to A, to B, and to C": one purpose per "to" clause when there are three or more. */
const TO_CLAUSES = /,\s+(?:and\s+|or\s+)?(?=to\s+[a-z])/;

function clauses(sentence: string): string[] {
  const first = /\bto\s+[a-z]/.exec(sentence);
  const parts = first ? sentence.slice(first.index).split(TO_CLAUSES) : [];
  if (parts.length < 3) return [tidyItem(sentence)];
  return parts.map((p) => tidyItem(p.replace(/^to\s+/, '')));
}

export function purposes(s: Structure): Item[] {
  const fromLists = listItems(s, 'purposes').filter((i) => !CITATIONS.test(i.text));
  const listed = new Set(s.lists.flatMap((l) => l.items));
  const prose = unitsWithTopic(s, 'purposes')
    .filter((u) => !listed.has(u.block) && u.block.kind !== 'row')
    .filter((u) => PURPOSE_SENTENCE.test(u.text) && !NOT_A_PURPOSE.test(u.text) && !ABOUT_PURPOSES.test(u.text) && !SECURITY.test(u.text));
  const usedFor = bodyUnits(s).filter((u) => USED_FOR.test(u.text) && !NOT_A_PURPOSE.test(u.text) && !listed.has(u.block));
  const items = [...fromLists, ...[...prose, ...usedFor].flatMap((u) => clauses(u.text).map((text) => ({ text, evidence: evidenceOf(u) })))];
  return dedupeItems(items, MAX_PURPOSES);
}
