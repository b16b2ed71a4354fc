// How long the data is kept: each concrete period ("6 years after the case closes", "until 2021"),
// else a pointer to a retention schedule, else only "as long as necessary".
import { bodyUnits, unitsWithTopic, type Structure, type Unit } from '../sections';
import type { Evidence, RetentionStatus } from '../types';
import { evidenceOf } from './evidence';

const NUMBER = '(?:\\d{1,3}(?:\\.\\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty[- ]five|thirty|forty|fifty|sixty|seventy|seventy[- ]five|eighty|ninety|hundred|a|an)';
const UNIT = '(?:years?|months?|weeks?|days?|hours?)';
const AFTER = "(?:\\s+(?:after|from|following|since|beyond|of|past|once)\\b[^.;:()]{0,60}?(?=[.;:()]|,\\s|\\s+(?:and|or|but|unless|when|if|whichever|before|at which)\\b|$))?";
/** Concrete spans and end points, each captured as written. */
const PERIODS: RegExp[] = [
  new RegExp(`\\b(?:up to |a minimum of |a maximum of |at least |no (?:more|longer) than |for |of |over )?(?:the\\s+)?(?:${NUMBER}(?:\\s*\\(\\d+\\))?\\s*(?:[-–]|to)\\s*)?${NUMBER}(?:\\s*\\(\\d+\\))?[- ]${UNIT}${AFTER}`, 'gi'),
  /\buntil\s+(?:the\s+end\s+of\s+)?(?:(?:19|20)\d{2}|(?:your|their|the child's|the young person's|the pupil's)\s+\d{1,3}(?:st|nd|rd|th)\s+birthday|(?:he|she|they|you|the child)\s+(?:reach(?:es)?|turns?)\s+(?:the\s+age\s+of\s+)?\d{1,3})\b/gi,
  /\bfrom\s+[^.;]{3,60}?\buntil\s+(?:19|20)\d{2}\b/gi,
  /\b(?:permanently|indefinitely|in perpetuity)\b(?!\s+(?:reside|resides|resident|live|lives|living|based|employed|excluded|disabled|closed|removed from))/gi,
  /\buntil\s+(?:its|the|their)\s+(?:completion|conclusion|closure)\b/gi,
  // Spans tied to a relationship: "for the life of the pass", "while you are a member", "throughout your tenancy".
  /\b(?:for\s+)?the\s+(?:life|lifetime|duration|length)\s+of\s+(?:the|your|their|this|that)\s+[a-z]+(?:\s+(?!and\b|or\b|then\b|but\b)[a-z]+)?\b/gi,
  /\b(?:while|whilst|during|throughout)\s+(?:you|your|they|their)\b[^.;,()]{2,40}?(?=[.;,()]|\s+(?:and|or|but|then|plus|after)\b|$)/gi,
  /\b(?:current|financial|tax|academic|calendar)\s+year\s*\+\s*\d{1,2}\s*(?:years?)?/gi,
];
const RETENTION_WORD = /\b(?:keep|kept|keeping|maintain(?:ed)?|retain(?:ed|s|ing)?|retention|hold|held|store[sd]?|storing|destroy(?:ed|ing)?|delete[sd]?|deleting|dispose[sd]?|disposing|archived?|remove[sd]?)\b/i;
const SCHEDULE = /\b(?:retention|disposal|records?)\s+(?:and\s+retention\s+)?(?:schedules?|polic(?:y|ies)|guidelines?|periods? (?:set out|published|listed))\b|\bretention\s+schedule\b|\brecords management polic/i;
const VAGUE = /\b(?:as\s+long\s+as\s+(?:is\s+)?(?:necessary|needed|required|it is (?:necessary|needed|required)|it takes|we need)|how\s+long\s+it\s+is\s+necessary|(?:once|when)\s+we\s+(?:no\s+longer|don['’]?t|do\s+not)\s+(?:have\s+a\s+)?need|no\s+longer\s+than\s+(?:is\s+)?(?:necessary|needed|required)|longer\s+than\s+(?:it\s+is\s+|is\s+)?(?:necessary|needed|required)|only\s+for\s+as\s+long|for\s+a\s+specific\s+amount\s+of\s+time|for\s+the\s+(?:minimum|required)\s+(?:period|time|amount of time)(?:\s+necessary)?|in line with (?:legislation|the law|guidance)|when\s+(?:it|we|they|the council)\s+(?:is\s+)?no\s+longer\s+(?:needs?|needed|required|necessary)|until\b[^.]{0,60}\bno\s+longer\s+(?:needed|required|necessary|available))\b/i;
/** A cheap test before the costly patterns: no unit of time, no period. */
const MAY_HOLD_PERIOD = /\b(?:years?|months?|weeks?|days?|hours?|until|permanently|indefinitely|perpetuity|life|lifetime|duration|while|whilst|during|throughout)\b/i;
/** Periods that are not about keeping data ("every six months", "within one month"). */
const NOT_RETENTION = /\b(?:every|within|each|per|in the last|over the last|during)\s+$/i;

/** Each concrete period in a sentence, as written, in reading order. */
export function findPeriods(text: string): string[] {
  if (!MAY_HOLD_PERIOD.test(text)) return [];
  const found: { period: string; index: number }[] = [];
  for (const re of PERIODS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const index = m.index ?? 0;
      if (NOT_RETENTION.test(text.slice(0, index))) continue;
      const period = m[0].replace(/^(?:for|of|over)\s+/i, '').replace(/[\s,]+$/, '').trim();
      if (/^(?:a|an)\s/i.test(period) && !/\b(?:years?|months?|weeks?)\b/i.test(period)) continue;
      // The fuller wording wins ("financial year + 6 years" over "6 years").
      const overlapping = found.findIndex((f) => f.period.includes(period) || period.includes(f.period));
      if (overlapping < 0) found.push({ period, index });
      else if (period.length > found[overlapping]!.period.length) found[overlapping] = { period, index };
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.period);
}

export function retention(s: Structure): { status: RetentionStatus; periods: string[]; evidence: Evidence | null } {
  const inSection = unitsWithTopic(s, 'retention');
  const elsewhere = bodyUnits(s).filter((u) => !u.section.topics.includes('retention') && RETENTION_WORD.test(u.text));
  const periods: string[] = [];
  let periodUnit: Unit | null = null;
  for (const u of [...inSection, ...elsewhere]) {
    if (u.section.topics.includes('security') && !u.section.topics.includes('retention') && !/\b(?:keep|retain)\b/i.test(u.text)) continue;
    const found = findPeriods(u.text);
    if (!found.length) continue;
    periodUnit ??= u;
    for (const p of found) if (!periods.includes(p)) periods.push(p);
  }
  // A "How long we keep it" column of a table holds periods without saying "keep".
  let cellEvidence: Evidence | null = null;
  for (const cell of s.tableCells.filter((c) => c.topic === 'retention')) {
    const found = findPeriods(cell.text);
    if (found.length) cellEvidence ??= { heading: cell.section.heading, quote: cell.text };
    for (const p of found) if (!periods.includes(p)) periods.push(p);
  }
  if (periods.length) return { status: 'period', periods, evidence: periodUnit ? evidenceOf(periodUnit) : cellEvidence };
  const candidates = [...inSection, ...elsewhere];
  const schedule = candidates.find((u) => SCHEDULE.test(u.text));
  if (schedule) return { status: 'schedule', periods: [], evidence: evidenceOf(schedule) };
  const vague = candidates.find((u) => VAGUE.test(u.text));
  if (vague) return { status: 'vague', periods: [], evidence: evidenceOf(vague) };
  if (inSection.length) return { status: 'vague', periods: [], evidence: evidenceOf(inSection[0]!) };
  return { status: 'not-stated', periods: [], evidence: null };
}
