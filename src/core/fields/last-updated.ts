// When the notice was last updated or reviewed: a labelled date ("Last updated 06 July 2023",
// "Reviewed: March 2022", "Version 3, May 2018") wins; else a date standing alone on its line.
import type { Structure } from '../sections';
import { findDate, isDateOnly } from '../text/dates';

const LABELS = /\b(?:last\s+)?(?:updated|reviewed|revised|amended|modified|published|issued)\b|\b(?:review|version|publication|effective)\s+date\b|\bdate of (?:last )?(?:review|update|issue)\b|\bversion\b/i;
/** Dates that are about something else: legislation, past events, the future. */
const NOT_A_NOTICE_DATE = /\b(act|regulations?|order|since|from|until|before|after|born|due|expires?|deadline|by)\b/i;

export function lastUpdated(s: Structure): string | null {
  const labelled: string[] = [];
  for (const u of s.units) {
    const label = LABELS.exec(u.text);
    if (!label) continue;
    // "Next review: May 2026" and "will be reviewed in May 2026" are plans, not when the notice was last looked at.
    const around = u.text.slice(Math.max(0, label.index - 16), label.index + label[0].length);
    if (/\bnext\s+(?:review|update)|\b(?:will|shall|to|due to)\s+be\s+(?:updated|reviewed|revised|amended|published)/i.test(around)) continue;
    const after = u.text.slice(label.index);
    const found = findDate(after);
    if (found && found.index <= 40 && !NOT_A_NOTICE_DATE.test(after.slice(0, found.index))) labelled.push(found.iso);
  }
  if (labelled.length) return labelled.sort().at(-1)!;
  for (const b of s.doc.blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'heading') continue;
    const date = isDateOnly(b.text);
    if (date) return date;
  }
  return null;
}
