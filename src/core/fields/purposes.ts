// Why the council uses the data: the items of purpose lists, and purpose sentences in prose.
import { bodyUnits, unitsWithTopic, type Structure } from '../sections';
import type { Item } from '../types';
import { dedupeItems, evidenceOf, tidyItem } from './evidence';
import { listItems } from './lists';

/** A sentence that states a purpose. */
const PURPOSE_SENTENCE = /\b(?:in order to|so (?:that )?we can|for the purposes? of|(?:statistical|research|these|this|other) purposes?|to help us|(?:be|is|are) used (?:for|to)|use (?:it|this|your|the|that|their)\b[^.]{0,40}\b(?:to|for)|we (?:need|collect|use|process|hold) [^.]{0,60}\bto (?:plan|provide|deliver|monitor|assess|manage|help|make|check|contact|prevent|detect|protect|support|improve|carry|administer|process|meet))\b|\bare able to (?:plan|provide|deliver|monitor)|\bsuch as (?:safeguarding|the prevention|investigat)/i;
/** Anywhere in a notice, "… may also be used for X" names a purpose. */
const USED_FOR = /\b(?:information|data|details|it)\s+(?:may|will|can|could|might)?\s*(?:also\s+)?be\s+used\s+(?:for|to|in)\b/i;
const NOT_A_PURPOSE = /\b(?:legal basis|lawful basis|cookies?|our website|this website|you can|you have the right|contact us)\b|[:;]\s*$/i;
const MAX_PURPOSES = 20;

export function purposes(s: Structure): Item[] {
  const fromLists = listItems(s, 'purposes');
  const listed = new Set(s.lists.flatMap((l) => l.items));
  const prose = unitsWithTopic(s, 'purposes')
    .filter((u) => !listed.has(u.block) && u.block.kind !== 'row')
    .filter((u) => PURPOSE_SENTENCE.test(u.text) && !NOT_A_PURPOSE.test(u.text));
  const usedFor = bodyUnits(s).filter((u) => USED_FOR.test(u.text) && !NOT_A_PURPOSE.test(u.text) && !listed.has(u.block));
  const items = [...fromLists, ...[...prose, ...usedFor].map((u) => ({ text: tidyItem(u.text), evidence: evidenceOf(u) }))];
  return dedupeItems(items, MAX_PURPOSES);
}
