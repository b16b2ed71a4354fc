// Whether the notice tells residents they can complain to (or contact) the ICO.
import { ICO_MENTION } from '../ico';
import { bodyUnits, type Structure } from '../sections';
import type { Evidence } from '../types';
import { evidenceOf } from './evidence';

const COMPLAIN = /\bcomplain|\bcomplaint|\bconcerns?\b|\bcontact\b|\bunhappy\b|\bdissatisfied\b|\bnot\s+(?:happy|satisfied)\b|\bappeal\b|\breport\b|\bcwyn|\bcysylltu\b|\bpryder/i;
const ICO_NAME = /\binformation commissioner|\bICO\b|\bComisiynydd Gwybodaeth\b/i;

export function complaint(s: Structure): { icoMentioned: boolean; evidence: Evidence | null } {
  const units = bodyUnits(s);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!ICO_NAME.test(u.text)) continue;
    const headingSays = u.section.topics.includes('complaints') && ICO_MENTION.test(u.text);
    if (COMPLAIN.test(u.text) || headingSays) return { icoMentioned: true, evidence: evidenceOf(u) };
  }
  return { icoMentioned: false, evidence: null };
}
