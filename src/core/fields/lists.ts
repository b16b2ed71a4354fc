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

/**
 * The members of a list, not their sub-points: items at the first item's depth or shallower. A
 * question after the list ("What is the legal basis?") is a heading that lost its tag, not a member.
 */
export function topItems(list: List): Block[] {
  const first = list.items.find((b) => !QUESTION_ITEM.test(b.text));
  if (!first) return [];
  return list.items.filter((b) => b.level <= first.level && !QUESTION_ITEM.test(b.text));
}
const QUESTION_ITEM = /\?\s*$/;

export function itemOf(list: List, block: Block, text = block.text): Item {
  return { text: tidyItem(text), evidence: { heading: list.section.heading, quote: block.text } };
}

/** Top-level items of lists on a topic, one Item per bullet, and the first cells of tables there. */
export function listItems(s: Structure, topic: Topic): Item[] {
  const fromLists = listsOn(s, topic).flatMap((list) => topItems(list).map((b) => itemOf(list, b)).filter((i) => i.text.length > 1));
  // A table whose header names its columns gives the cells of the matching column; a table
  // without one, in a section on the topic, gives its first cells.
  const headed = new Set(s.tableCells.map((c) => c.block));
  const fromColumns = s.tableCells.filter((c) => c.topic === topic && c.text.length <= 200)
    .map((c) => ({ text: tidyItem(c.text), evidence: { heading: c.section.heading, quote: c.text } }));
  const fromTables = s.sections.filter((sec) => sec.topics[0] === topic).flatMap((sec) => sec.blocks
    .filter((b) => b.kind === 'row' && !b.header && !headed.has(b) && b.cells && b.cells.length >= 2 && b.cells[0]!.length <= 80)
    .map((b) => ({ text: tidyItem(b.cells![0]!), evidence: { heading: sec.heading, quote: b.cells![0]! } })));
  return [...fromLists, ...fromColumns, ...fromTables];
}

/** Illustrations of a category ("Health bodies, for example GPs"): the category is the member. */
const EXAMPLES = /\s*(?:,\s*)?\b(?:such as|for example|for instance|e\.g\.?|eg|like)\b[,:;]?\s*/i;
/** "Partners including the police": both the partners and the police are members. */
const INCLUDING = /\s*(?:,\s*)?\bincluding\b[,:;]?\s*/i;
/** In a run that is a list, "and" before a lower-case word starts the last member ("…, the Cabinet
 * Office and fraud prevention agencies"); before a capital it may sit inside a name ("Work and Pensions"). */
const LIST_FINAL_AND = /\s+(?:and|or|&)\s+(?=(?:the|other|any|all|our|local|relevant|some|a|an)\b|[a-z])/;
/** Outside a list, only "X and the Y" joins two bodies ("Police and other forces" is one). */
const PAIR_AND = /\s+(?:and|or|&)\s+(?=(?:the|our)\s)/i;
/** Words a body's name or kind ends with: "Trading Standards Officers and Health Visitors" is two. */
const BODY_KIND = String.raw`(?:officers?|councils?|services|police|trusts?|agency|agencies|departments?|authority|authorities|teams?|providers?|organisations?|bodies|boards?|courts?|HMRC|DWP|GPs?|visitors?|workers?|schools?|colleges?|practitioners?|professionals?|partners?|contractors?|landlords?|ltd|limited|plc|llp)`;
const BODY_END = new RegExp(String.raw`\b${BODY_KIND}$`, 'i');
/** A phrase that names at least one kind of body. */
export const NAMES_A_BODY = new RegExp(String.raw`\b${BODY_KIND}\b`, 'i');
const ANY_AND = /\s+(?:and|or|&)\s+/;

/** "A and B" where both halves name a body on their own. */
function splitPair(text: string): string[] {
  const parts = text.split(ANY_AND).map((p) => p.trim());
  if (parts.length < 2) return [text];
  // "Brightdesk and Civica": two one-word names. "Fire and Rescue Service" is one name.
  if (parts.every((p) => /^[A-Z][\w'’-]+$/.test(p))) return parts;
  return parts.every((p) => BODY_END.test(p) && /\S\s+\S/.test(p)) ? parts : [text];
}
/** A part of an item that is a sentence of its own ("sometimes we ask other companies…"). */
const CLAUSE_PART = /^(?:(?:sometimes|and|but|so|also|where|when|if|often|usually)\s+)?(?:we|you|they|it|this|there)\s+[a-z]+/i;

/**
 * One run-on list item → its members. Splits on semicolons and, when the item is really a list
 * (three or more parts), on commas and a final "and the …"; "X including A" gives both X and A;
 * "X such as A" gives X.
 */
export function splitRunOn(text: string): string[] {
  const clean = text.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const semis = clean.split(/\s*;\s*/).filter((p) => p && !CLAUSE_PART.test(p));
  const out: string[] = [];
  for (const semi of semis) {
    const members = semi.split(INCLUDING).map(cutExamples);
    for (const member of members) {
      const commas = member.split(/\s*,\s*/).filter(Boolean);
      // "A, B and the C" is a list of three as much as "A, B, C" is.
      const isList = commas.length >= 3 || (semis.length >= 2 && commas.length >= 2) || (commas.length === 2 && LIST_FINAL_AND.test(commas[1]!));
      const pieces = isList ? commas : [member];
      pieces.forEach((piece, i) => {
        const parts = (i < pieces.length - 1 ? [piece] : piece.split(isList ? LIST_FINAL_AND : PAIR_AND)).flatMap(splitPair);
        for (const p of parts) {
          const t = p.replace(/^(?:and|or|&)\s+/i, '').trim();
          if (t) out.push(t);
        }
      });
    }
  }
  return out;
}

/** "Health bodies, for example GPs" → "Health bodies". */
export function cutExamples(text: string): string {
  const m = EXAMPLES.exec(text);
  return (m && m.index > 2 ? text.slice(0, m.index) : text).replace(/[\s,;:]+$/, '').trim();
}
