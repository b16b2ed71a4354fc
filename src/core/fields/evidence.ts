// Shared helpers for field rules: evidence from a unit, item text tidying, de-duplication.
import type { Section } from '../sections';
import type { Evidence, Item } from '../types';

export function evidenceOf(unit: { text: string; section: Section }): Evidence {
  return { heading: unit.section.heading, quote: unit.text };
}

/** A list item or clause as a resident reads it: no bullet, no trailing joiners or full stop. */
export function tidyItem(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s•·▪◦‣∙●○■□➢►–*-]+/, '')
    .replace(/[\s;,:]+(?:and|or|and\/or)?\s*$/i, '')
    .replace(/[\s.;,:]+$/, '')
    .trim();
}

export const normKey = (text: string) => text.toLowerCase().replace(/^(the|a|an|our|your)\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();

export function dedupeItems(items: Item[], max = 50): Item[] {
  const seen = new Set<string>();
  const out: Item[] = [];
  for (const it of items) {
    const key = normKey(it.text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(it);
    if (out.length >= max) break;
  }
  return out;
}

