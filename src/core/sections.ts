// Blocks → sections (a heading and what stands under it, with its ancestors), sentence units
// that carry their section, and lists with the lead-in sentence that says what they hold.
import type { Block, NoticeDocument } from './document';
import { splitSentences } from './text/sentences';
import { LEAD_IN_CUES, topicsOfHeading, type Topic } from './topics/lexicon';
import { opensWithDoing, PURPOSE_VERB } from './topics/purpose-verbs';
import { NOTICE_TITLE } from './topics/titles';

export { topicsOfHeading };

export interface Section {
  index: number;
  heading: string | null;
  level: number;
  parent: Section | null;
  blocks: Block[];
  /** Topics its own heading names. */
  headingTopics: Topic[];
  /** Its own heading's topics, or else the nearest ancestor's. */
  topics: Topic[];
}

export interface Unit {
  /** A sentence, list item or table cell, verbatim. */
  text: string;
  block: Block;
  blockIndex: number;
  section: Section;
  /** The unit is a heading's text (its section is the one the heading opens). */
  isHeading: boolean;
}

export interface List {
  section: Section;
  leadIn: string | null;
  /** What the lead-in says the list holds; null when the lead-in speaks of something else. */
  topic: Topic | null;
  items: Block[];
}

/** A table cell under a header that names a topic ("Why we use it", "How long we keep it"). */
export interface TableCell {
  topic: Topic;
  text: string;
  block: Block;
  section: Section;
}

export interface Structure {
  doc: NoticeDocument;
  sections: Section[];
  units: Unit[];
  lists: List[];
  /** Body units (not the heading) of each section, in order. */
  unitsOf: Map<Section, Unit[]>;
  /** Sections with a body somewhere below them. */
  hasContent: Set<Section>;
  /** Every unit but the headings, in order. */
  body: Unit[];
  /** Cells of tables whose header row names what each column holds. */
  tableCells: TableCell[];
}


/** What the last sentence before a list says the list holds. */
export function topicOfLeadIn(text: string): Topic | null {
  const last = splitSentences(text).pop() ?? text;
  for (const [topic, re] of LEAD_IN_CUES) if (re.test(last)) return topic;
  // A short line ending in a colon is a heading in all but name ("Why we need your information:").
  if (/:\s*$/.test(last) && last.split(/\s+/).length <= 12) return topicsOfHeading(last)[0] ?? null;
  return null;
}

/** A lead-in that introduces a list ("…will:") without speaking of data ("Such reports will:"). */
const INTRODUCES_LIST = /[:;]\s*$/;
const SPEAKS_OF_DATA = /\b(?:data|information|details|records|personal|gwybodaeth|wybodaeth|manylion)\b/i;
/** "These include:", "Examples are:": the list goes on with its section's subject. */
const CONTINUES_SECTION = /^(?:these|this|they|those|it|examples?|for example|for instance)\b[^.]{0,40}\b(?:include|includes|including|are|is|could be|may be|such as)\b(?!\s+by\s*:)/i;
/** "…services for:", "…in order to:": in a section on a topic, the list goes on with that topic. */
const GOES_ON_WITH_SECTION = /\b(?:for|to|in order to|so that we can|including)\s*:\s*$/i;

/** Items that each open with "To <verb>" or a purpose verb's -ing form ("registering you") say what the data is for, whatever the lead-in said. */
const TO_PURPOSE = new RegExp(String.raw`^to\s+${PURPOSE_VERB}\b`, 'i');
/** Lists whose own topic keeps "to" items: lawful bases ("To comply with the law") and rights. */
const KEEPS_TO_ITEMS: (Topic | null)[] = ['purposes', 'lawful-basis', 'rights'];


function readsAsPurposes(list: List): boolean {
  if (KEEPS_TO_ITEMS.includes(list.topic) || list.items.length < 2) return false;
  // "-ing" items under "…provided by you for one of these reasons:" say what the resident was doing.
  // Nor do the steps a law lists ("…section 12 places a duty on councils to take steps, including:").
  const quotesLaw = /\b(?:Act|section|Regulations?)\s+\d/i.test(list.leadIn ?? '');
  const doing = list.topic === 'sources' || quotesLaw ? () => false : opensWithDoing;
  return list.items.filter((b) => TO_PURPOSE.test(b.text) || doing(b.text)).length * 3 >= list.items.length * 2;
}

export function buildStructure(doc: NoticeDocument): Structure {
  const sections: Section[] = [];
  const stack: Section[] = [];
  let current: Section = { index: 0, heading: null, level: 0, parent: null, blocks: [], headingTopics: [], topics: [] };
  sections.push(current);
  const units: Unit[] = [];
  const lists: List[] = [];
  let openList: List | null = null;
  const tableCells: TableCell[] = [];
  /** The topics of each column of the table being read, from its header row. */
  let columns: Topic[][] | null = null;

  doc.blocks.forEach((b, blockIndex) => {
    if (b.kind === 'heading') {
      while (stack.length && stack[stack.length - 1]!.level >= b.level) stack.pop();
      const parent = stack[stack.length - 1] ?? null;
      const headingTopics = topicsOfHeading(b.text);
      current = {
        index: sections.length, heading: b.text, level: b.level, parent, blocks: [], headingTopics,
        // A heading that names a notice starts afresh: it does not inherit a banner's "Cookie consent".
        topics: headingTopics.length ? headingTopics : NOTICE_TITLE.test(b.text) ? [] : (parent?.topics ?? []),
      };
      sections.push(current);
      stack.push(current);
      units.push({ text: b.text, block: b, blockIndex, section: current, isHeading: true });
      openList = null;
      columns = null;
      return;
    }
    current.blocks.push(b);
    if (b.kind === 'row' && b.cells) {
      if (b.header) columns = b.cells.map(topicsOfHeading);
      else if (columns) {
        b.cells.forEach((text, i) => {
          for (const topic of columns![i] ?? []) tableCells.push({ topic, text, block: b, section: current });
        });
      }
    } else {
      columns = null;
    }
    const pieces = b.kind === 'row' && b.cells ? b.cells.flatMap(splitSentences) : splitSentences(b.text);
    for (const text of pieces) units.push({ text, block: b, blockIndex, section: current, isHeading: false });
    if (b.kind === 'item') {
      if (!openList) {
        const prev = doc.blocks[blockIndex - 1];
        const leadIn = prev && prev.kind === 'paragraph' ? prev.text : null;
        let topic: Topic | null = current.topics[0] ?? null;
        if (leadIn) {
          const cue = topicOfLeadIn(leadIn);
          // A paragraph that ends with a full stop does not introduce the list under it: the
          // section's own topic stands, and the paragraph's words count only in a section without one.
          const closed = /[.!?]["”’)]?\s*$/.test(leadIn);
          if (cue && !(closed && topic)) topic = cue;
          else {
            const last = splitSentences(leadIn).pop() ?? leadIn;
            if (INTRODUCES_LIST.test(last) && !SPEAKS_OF_DATA.test(last) && !CONTINUES_SECTION.test(last) && !GOES_ON_WITH_SECTION.test(last)) topic = null;
          }
          // "We use your data to support carers. This includes:" — the list goes on with the sentence before.
          const before = doc.blocks[blockIndex - 2];
          if (!topic && CONTINUES_SECTION.test(leadIn) && before?.kind === 'paragraph') topic = topicOfLeadIn(before.text);
        }
        openList = { section: current, leadIn, topic, items: [] };
        lists.push(openList);
      }
      openList.items.push(b);
    } else {
      openList = null;
    }
  });
  for (const list of lists) if (readsAsPurposes(list)) list.topic = 'purposes';
  const hasContent = new Set<Section>();
  const unitsOf = new Map<Section, Unit[]>(sections.map((sec) => [sec, []]));
  for (const u of units) if (!u.isHeading) unitsOf.get(u.section)!.push(u);
  // A section counts as answered when it, or any section below it, has a body.
  for (const sec of [...sections].reverse()) {
    if (sec.blocks.length || hasContent.has(sec)) for (let p = sec.parent; p; p = p.parent) hasContent.add(p);
  }
  return { doc, sections, units, lists, unitsOf, hasContent, tableCells, body: units.filter((u) => !u.isHeading) };
}

/** Body units (not headings) of the sections on a topic. */
export function unitsWithTopic(s: Structure, topic: Topic): Unit[] {
  return s.body.filter((u) => u.section.topics.includes(topic));
}

export const bodyUnits = (s: Structure): Unit[] => s.body;

/** A heading with nothing under it, not even a sub-section with a body. */
export function sectionIsEmpty(s: Structure, section: Section): boolean {
  return !section.blocks.length && !s.hasContent.has(section);
}
