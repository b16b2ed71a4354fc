// Who the data controller is: an explicit statement ("X is the data controller"), else the
// council whose notice this plainly is (the council name the notice uses most).
import { organisationsIn } from '../nlp';
import { bodyUnits, unitsWithTopic, type Structure, type Unit } from '../sections';
import { cleanCouncilName, findCouncilNames } from '../text/councils';
import type { Evidence } from '../types';
import { evidenceOf } from './evidence';

const STATEMENTS: RegExp[] = [
  /^(?<who>.{3,160}?)\s+(?:is|are|acts as|will be|remains?)\s+(?:the|a|joint|an?)?\s*(?:joint\s+)?(?:data\s+)?controllers?\b/i,
  /\b(?:the\s+)?(?:data\s+)?controller\s+(?:for|of)\s+[^,.]{0,80}?\s+is\s+(?<who>[^,.;]{3,100})/i,
  /\b(?:the\s+)?data\s+controller\s+is\s+(?<who>[^,.;]{3,100})/i,
  /^(?<who>.{3,120}?)\s+(?:is|are)\s+responsible\s+for\s+(?:looking after|keeping|protecting|processing|deciding how)\b/i,
  /^(?<who>.{3,160}?)\s+(?:is|are)\s+registered\s+(?:with\s+the\s+(?:ICO|Information Commissioner(?:'s|’s)?(?:\s+Office)?)\s+)?as\s+(?:a|the)\s+(?:data\s+)?controller/i,
];
const PRONOUN_SUBJECT = /^(?:we|us|our|it|they|the council|this council)$/i;

function nameFrom(phrase: string): string | null {
  const council = findCouncilNames(phrase).at(-1);
  if (council) return council.name;
  const cleaned = phrase.replace(/^.*?\b(?:that|which|where|because|so)\b\s+/i, '').trim();
  if (PRONOUN_SUBJECT.test(cleaned)) return null;
  const org = organisationsIn(cleaned).at(-1);
  if (org && org.split(' ').length >= 2) return org;
  // A run of capitalised words at the end of the subject ("Anytown Leisure Trust", "Electoral
  // Registration Officer for Anytown"), small joining words allowed.
  const run = /((?:[A-Z][\w'’&-]*)(?:\s+(?:(?:of|for|and|the|upon|on|in|&)\s+)?[A-Z][\w'’&-]*)+)\s*(?:\([^)]*\))?\s*$/.exec(cleaned);
  return run && run[1]!.split(' ').length >= 2 ? cleanCouncilName(run[1]!) : null;
}

function fromStatement(units: Unit[]): { name: string; unit: Unit } | null {
  for (const u of units) {
    for (const re of STATEMENTS) {
      const who = re.exec(u.text)?.groups?.who;
      if (!who) continue;
      const name = nameFrom(who);
      if (name) return { name, unit: u };
    }
  }
  return null;
}

function mostNamedCouncil(units: Unit[]): { name: string; unit: Unit } | null {
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
  return best ? { name: best.name, unit: best.unit } : null;
}

export function controller(s: Structure): { name: string | null; evidence: Evidence | null } {
  const body = bodyUnits(s);
  const found = fromStatement(unitsWithTopic(s, 'controller')) ?? fromStatement(body) ?? mostNamedCouncil(s.units);
  if (!found) return { name: null, evidence: null };
  return { name: found.name, evidence: evidenceOf(found.unit) };
}
