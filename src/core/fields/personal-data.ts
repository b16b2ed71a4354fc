// What personal data the notice says it collects, and whether special category or criminal
// offence data is among it.
import { bodyUnits, unitsWithTopic, type Structure } from '../sections';
import type { Item } from '../types';
import { dedupeItems, evidenceOf, tidyItem } from './evidence';
import { listItems } from './lists';

const SUCH_AS = /\b(?:personal (?:data|information)|information|data|details)\s+(?:such as|including|like|e\.g\.?|for example)\s+([^.;:]+)/i;

function splitPlainList(text: string): string[] {
  return text.split(/\s*,\s*|\s+and\s+|\s+or\s+/).map((t) => t.trim()).filter((t) => t.length > 1);
}

export function personalData(s: Structure): Item[] {
  const items = listItems(s, 'data-collected');
  for (const u of unitsWithTopic(s, 'data-collected').concat(unitsWithTopic(s, 'lawful-basis'))) {
    const m = SUCH_AS.exec(u.text);
    if (!m) continue;
    for (const part of splitPlainList(m[1]!)) items.push({ text: tidyItem(part), evidence: evidenceOf(u) });
  }
  return dedupeItems(items, 60);
}

/** Phrases that say special category or criminal offence data is processed. */
const SPECIAL_STATEMENTS = /\bspecial\s+categor(?:y|ies)\b|\b(?:information|data|details)\s+(?:about|on|of|relating to)\s+(?:your\s+|any\s+)?(?:criminal|health|medical|ethnic|racial|religio|sexual|disabilit|trade union|political|biometric|genetic)|\bsensitive\s+(?:personal\s+)?(?:data|information)\b|\bcriminal\s+(?:offence|conviction)s?\s+(?:data|information)\b|\bArticle\s+(?:9|10)\b/i;
/** "We do not process special category data" says the opposite. */
/** "Special categories of data processed: …" — what follows the colon says whether there are any. */
const SPECIAL_LABEL = String.raw`\bspecial\s+categor[^:]{0,80}:\s*`;
const DENIES_SPECIAL = new RegExp(String.raw`${SPECIAL_LABEL}(?:none|n\/a|not applicable|nil)\b|\b(?:not|never|no)\b[^.]{0,40}\b(?:special\s+categor|sensitive|criminal)|\bspecial\s+categor[^.]{0,40}\b(?:is|are)\s+not\b`, 'i');
/** Kinds of data that are special category (Article 9) or criminal offence data (Article 10). */
export const SENSITIVE_TERMS = /\b(?:ethnic(?:ity)?|ethnic origin|race|racial|religio(?:n|us)|philosophical beliefs?|political (?:opinions?|beliefs?)|trade union|genetic|biometric|health|medical|disabilit(?:y|ies)|sex life|sexual (?:life|orientation)|sexuality|criminal (?:history|records?|convictions?|offences?)|offending|convictions?)\b/i;
const NOT_SENSITIVE = /\b(?:health and safety|mental health (?:law|act)|public health|health services?|health bodies|health visiting|health and (?:social )?care act|health (?:partners|agencies|professionals|colleagues|organisations|providers|trusts?|boards?)|nhs health check|healthwatch|youth offending (?:services?|teams?)|health records act|health (?:and|&) (?:social )?care (?:partnerships?|plans?)|education,? health and care|medical (?:professionals?|advis[eo]rs?|practitioners?)|community health|health centres?)\b/i;
/** A sentence that says such data is held: a sensitive kind of data beside a word for data or proof. */
const SENSITIVE_DATA = /\b(?:information|data|details|records?|evidence|proof|history|needs|conditions?|type)\b/i;
/** Welsh: "categorïau arbennig", "data sensitif", "gwybodaeth am iechyd". */
const SPECIAL_WELSH = /\bcategori[aâ]u arbennig\b|\b(?:data|gwybodaeth) (?:mwy )?sensitif\b|\bgwybodaeth am (?:eich )?iechyd\b/i;

const SPECIAL_HEADING = new RegExp(String.raw`${SPECIAL_LABEL}(?!none\b|n\/a\b|not applicable\b)[A-Za-z]`, 'i');
const NONE = /^(?:none|n\/?a|not applicable|no|nil|dim)\.?$/i;

export function specialCategoryData(s: Structure, data: Item[]): { mentioned: boolean; items: Item[] } {
  const items = data.filter((d) => SENSITIVE_TERMS.test(d.text) && !NOT_SENSITIVE.test(d.text));
  // "None" under a special category heading says there is none.
  const listed = listItems(s, 'special-category').filter((i) => !NONE.test(i.text));
  // Bodies data goes to or comes from ("Public Health Scotland") are not kinds of data.
  const bodies = new Set(s.lists.filter((l) => l.topic === 'recipients' || l.topic === 'sources').flatMap((l) => l.items));
  const statement = bodyUnits(s).find((u) => (SPECIAL_STATEMENTS.test(u.text) || SPECIAL_WELSH.test(u.text)) && !DENIES_SPECIAL.test(u.text));
  // Any list item or data sentence naming a sensitive kind of data ("Disability information").
  const sensitive = bodyUnits(s).find((u) => !bodies.has(u.block) && SENSITIVE_TERMS.test(u.text.replace(NOT_SENSITIVE, ''))
    && (u.block.kind === 'item' || SENSITIVE_DATA.test(u.text)) && !DENIES_SPECIAL.test(u.text));
  // "Special categories of data processed: Health" as a heading names them.
  const headed = s.units.find((u) => u.isHeading && SPECIAL_HEADING.test(u.text));
  const all = dedupeItems([...items, ...listed], 40);
  return { mentioned: !!statement || !!sensitive || !!headed || all.length > 0, items: all };
}
