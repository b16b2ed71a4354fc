// Items from the lists whose lead-in (or section) says they hold a given topic, and the splitting
// of run-on lists ("Health, Social Services, Housing Services and Providers, …") into one item each.
import type { Block } from '../document';
import type { List, Structure } from '../sections';
import type { Topic } from '../topics/lexicon';
import type { Item } from '../types';
import { tidyItem } from './evidence';

export function listsOn(s: Structure, topic: Topic): List[] {
  return s.lists.filter((l) => l.topic === topic);
}

export function itemOf(list: List, block: Block, text = block.text): Item {
  return { text: tidyItem(text), evidence: { heading: list.section.heading, quote: block.text } };
}

/** Top-level items of lists on a topic, one Item per bullet. */
export function listItems(s: Structure, topic: Topic): Item[] {
  return listsOn(s, topic).flatMap((list) => {
    const top = Math.min(...list.items.map((b) => b.level));
    return list.items.filter((b) => b.level === top).map((b) => itemOf(list, b)).filter((i) => i.text.length > 1);
  });
}

const EXAMPLES = /\s*(?:,\s*)?\b(?:such as|for example|for instance|e\.g\.?|eg|including|like)\b[,:;]?\s*/i;
const FINAL_AND = /\s+(?:and|&)\s+(?=(?:the|other|any|all|our|local|relevant|some)\b)/i;

/**
 * One run-on list item → its members. Splits on semicolons and, when the item is really a list
 * (three or more parts), on commas and a final "and the …"; "X including A" gives both X and A.
 */
export function splitRunOn(text: string): string[] {
  const clean = text.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const semis = clean.split(/\s*;\s*/).filter(Boolean);
  const commaParts = clean.split(/\s*[;,]\s*/).filter(Boolean);
  const isList = commaParts.length >= 3 || semis.length >= 2;
  if (!isList) return [cutExamples(clean)].filter(Boolean);
  const out: string[] = [];
  for (const semi of semis) {
    const pieces = semi.split(EXAMPLES).flatMap((p) => (commaParts.length >= 3 ? p.split(/\s*,\s*/) : [p]));
    pieces.forEach((piece, i) => {
      const last = i === pieces.length - 1;
      const parts = last ? piece.split(FINAL_AND) : [piece];
      for (const p of parts) {
        const t = p.replace(/^(?:and|or|&)\s+/i, '').trim();
        if (t) out.push(t);
      }
    });
  }
  return out;
}

/** "Health bodies, for example GPs" → "Health bodies". */
export function cutExamples(text: string): string {
  const m = EXAMPLES.exec(text);
  return (m && m.index > 2 ? text.slice(0, m.index) : text).replace(/[\s,;:]+$/, '').trim();
}
