// Where the data comes from when not from the resident (Article 14): members of source lists
// and the sentences of a "where we get your information" section.
import { unitsWithTopic, type Structure } from '../sections';
import type { Item } from '../types';
import { dedupeItems, evidenceOf, tidyItem } from './evidence';
import { listItems } from './lists';

const FROM_OTHERS = /\b(?:from|by)\b[^.]{0,60}\b(?:organisations?|agencies|partners|police|NHS|GPs?|schools?|councils?|authorities|services?|bodies|departments?|family|relatives|third parties|other sources|providers)\b/i;
const MAX_SOURCES = 30;

export function sources(s: Structure): Item[] {
  const listed = new Set(s.lists.flatMap((l) => l.items));
  const fromLists = listItems(s, 'sources');
  const prose = unitsWithTopic(s, 'sources')
    .filter((u) => !listed.has(u.block) && FROM_OTHERS.test(u.text) && !/:\s*$/.test(u.text))
    .map((u) => ({ text: tidyItem(u.text), evidence: evidenceOf(u) }));
  return dedupeItems([...fromLists, ...prose], MAX_SOURCES);
}
