// Who the data controller is: an explicit statement ("X is the data controller"), else the
// council whose notice this plainly is (the council name the notice uses most).
import { ICO_MENTION } from '../ico';
import { organisationsIn } from '../nlp';
import { bodyUnits, unitsWithTopic, type Structure, type Unit } from '../sections';
import { cleanCouncilName, findCouncilNames } from '../text/councils';
import type { Evidence } from '../types';
import { evidenceOf } from './evidence';

/** Capitalised words with the small words names are joined by ("Electoral Registration Officer for Anytown"). */
const CAPITALISED = String.raw`[A-Z][\w&'’.-]*`;
const JOINED = String.raw`(?:\s+(?:(?:of|for|and|the|upon|on|in|&)\s+)?${CAPITALISED})`;
const NAME = String.raw`(?:the\s+)?${CAPITALISED}${JOINED}{0,8}`;

const STATEMENTS: RegExp[] = [
  /^(?<who>.{3,160}?)\s+(?:is|are|acts as|will be|remains?)\s+(?:also\s+)?(?:the|a|joint|an?)?\s*[‘'"“]?(?:joint\s+)?(?:data\s+)?controllers?\b/i,
  /^(?<who>.{3,120}?),?\s+as\s+(?:the\s+)?(?:data\s+)?controller\b/i,
  new RegExp(String.raw`\b(?:controlled|operated)\s+by\s+(?<who>(?:the\s+)?${CAPITALISED}${JOINED}{1,8})`),
  /\b(?:the\s+)?(?:data\s+)?controller\s+(?:for|of)\s+[^,.]{0,80}?\s+is\s+(?<who>[^,.;]{3,100})/i,
  /\b(?:the\s+)?data\s+controller\s+is\s+(?<who>[^,.;]{3,100})/i,
  /^(?<who>.{3,120}?)\s+(?:is|are)\s+responsible\s+for\s+(?:looking after|keeping|protecting|processing|deciding how)\b/i,
  /^(?<who>.{3,160}?)\s+(?:is|are)\s+registered\s+(?:with\s+the\s+(?:ICO|Information Commissioner(?:'s|’s)?(?:\s+Office)?)\s+)?as\s+(?:a|the)\s+(?:data\s+)?controller/i,
];
const PRONOUN_SUBJECT = /^(?:we|us|our|it|they|the council|this council)$/i;
/** The last word of an organisation's name, for self-descriptions that could start with any capitals. */
const ORG_WORD = String.raw`(?:Trust|Surgery|Practice|Foundation|Services?|Council|Board|Committee|Panel|Limited|Ltd|Association|Authority|Partnership|School|Academy|College|University|Police|Office|Group|Charity|plc|LLP|Company|Centre|Team|Agency)`;
const ORG = String.raw`(?:the\s+)?${CAPITALISED}${JOINED}{0,7}\s+${ORG_WORD}`;
/** How a notice names its own organisation near its top, when it has no controller sentence:
 * "how Anytown Leisure Trust uses your information", "Anytown Surgery ("we", "us")",
 * "This is the privacy notice for Anytown Council", "Organisation name: …". */
const SELF_DESCRIPTIONS: RegExp[] = [
  new RegExp(String.raw`\bhow\s+(?<who>${NAME})\s+(?:uses|collects|processes|handles|looks after|will use|protects|manages|holds)\b`),
  new RegExp(String.raw`\b(?:privacy|fair processing)\s+(?:notice|statement|policy)\s+(?:for|of)\s+(?<who>${NAME})`),
  new RegExp(String.raw`^(?:we are|welcome to)\s+(?<who>${NAME})`, 'i'),
  new RegExp(String.raw`^(?<who>${NAME})\s*\(\s*[“"‘']?(?:we|us|our|the\s+\w+)[”"’']?\s*[,)]`),
  /\borganisation(?:'s)?\s+name\s*:\s*(?<who>[^(\n,;]{3,80})/i,
  new RegExp(String.raw`^(?<who>${NAME})\s+(?:is committed to|takes (?:the|your) privacy|respects your privacy)`),
  new RegExp(String.raw`\b(?:why|what (?:personal )?(?:data|information))\s+(?<who>${ORG})\b[^.]{0,60}?\b(?:collects|uses|holds|processes)\b`),
  new RegExp(String.raw`^(?<who>${ORG})\s+(?:has a (?:responsibility|duty)|understands|uses|collects|holds|processes|needs)\b`),
  new RegExp(String.raw`\b(?:personal )?(?:data|information) by\s+(?<who>${ORG})`),
];
const SELF_WITHIN_UNITS = 12;
/** A link to another notice ("Read the privacy notice for the Parking Services") names someone else's. */
const POINTS_ELSEWHERE = /^(?:read|see|view|download|find|go to|visit)\b/i;

const DOCUMENT_WORDS = /^(?:the\s+|this\s+)?(?:privacy|fair processing|data protection)\s+(?:notice|policy|statement)s?$/i;

function nameFrom(phrase: string): string | null {
  const name = nameOf(phrase);
  // The Information Commissioner supervises; it is never the controller of a council's notice.
  // "This Privacy Notice is provided by…" names the document, not its author.
  return name && !ICO_MENTION.test(name) && !DOCUMENT_WORDS.test(name) ? name : null;
}

function nameOf(phrase: string): string | null {
  const council = findCouncilNames(phrase).at(-1);
  if (council) return council.name;
  const cleaned = phrase.replace(/^.*?\b(?:that|which|where|because|so)\b\s+/i, '').replace(/[\s,;:]+$/, '').trim();
  if (PRONOUN_SUBJECT.test(cleaned)) return null;
  const org = organisationsIn(cleaned).at(-1);
  // A run of capitalised words at the end of the subject ("Anytown Leisure Trust", "Electoral
  // Registration Officer for Anytown"), small joining words allowed.
  const match = /((?:[A-Z][\w'’&-]*)(?:\s+(?:(?:of|for|and|the|upon|on|in|&)\s+)?[A-Z][\w'’&-]*)+)\s*(?:\([^)]*\))?\s*$/.exec(cleaned);
  const run = match && match[1]!.split(' ').length >= 2 ? cleanCouncilName(match[1]!) : null;
  // The tagger may find only the tail of a longer name ("Adult Board" of "Anytown Safeguarding Adult Board").
  if (org && org.split(' ').length >= 2) return run && run.includes(org) && run.length > org.length ? run : org;
  return run;
}

function fromStatement(units: Unit[], patterns: RegExp[] = STATEMENTS): { name: string; unit: Unit } | null {
  for (const u of units) {
    for (const re of patterns) {
      const who = re.exec(u.text)?.groups?.who;
      if (!who) continue;
      // "The Trust is the legal body and remains the controller": the subject, not the whole clause.
      const subject = who.replace(/\s+(?:is|are|was|were|has|have|remains?)\b.*$/i, '');
      // "We are the controller": the sentence names no one, and later patterns would only misread it.
      if (PRONOUN_SUBJECT.test(subject.trim())) break;
      // …unless the clause goes on to name a council ("X is provided by Anytown Council, which is…").
      const name = (findCouncilNames(who).length ? nameFrom(who) : null) ?? nameFrom(subject) ?? nameFrom(who);
      if (name) return { name, unit: u };
    }
  }
  return null;
}

function mostNamedCouncil(units: Unit[]): { name: string; unit: Unit; n: number } | null {
  const counts = new Map<string, { n: number; first: number; unit: Unit; name: string }>();
  units.forEach((u, i) => {
    for (const { name } of findCouncilNames(u.text)) {
      const key = name.toLowerCase();
      const entry = counts.get(key) ?? { n: 0, first: i, unit: u, name };
      entry.n++;
      counts.set(key, entry);
    }
  });
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0];
  return best ? { name: best.name, unit: best.unit, n: best.n } : null;
}

export function controller(s: Structure): { name: string | null; evidence: Evidence | null } {
  const body = bodyUnits(s);
  const stated = fromStatement(unitsWithTopic(s, 'controller')) ?? fromStatement(body);
  // A council named again and again is the controller before any self-description ("Parking Services").
  const council = stated ? null : mostNamedCouncil(s.units);
  const found = stated ?? (council && council.n >= 2 ? council : null)
    ?? fromStatement(s.units.slice(0, SELF_WITHIN_UNITS).filter((u) => !POINTS_ELSEWHERE.test(u.text)), SELF_DESCRIPTIONS) ?? council;
  if (!found) return { name: null, evidence: null };
  return { name: found.name, evidence: evidenceOf(found.unit) };
}
