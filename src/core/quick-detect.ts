// The content script's cheap first look: from the title, address and headings alone, could this
// page be a privacy notice? No NLP and no full read, so it costs almost nothing on any page.
import { NOT_NOTICE_TITLE, NOTICE_TITLE } from './topics/titles';

const URL_HINT = /privacy|fair-?processing|data-?protection|gdpr/i;
const HEADING_CUES: RegExp[] = [
  /data controller|who (?:we are|is responsible)/i, /why (?:we|do we)\b|purpose/i, /(?:legal|lawful) basis/i,
  /shar(?:e|ing)|recipients|disclos/i, /how long|retention|retain/i, /your rights|subject access/i,
  /abroad|overseas|outside the (?:uk|eea)/i, /automat|profiling/i, /information commissioner|complain/i,
];

export interface QuickLook { title: string; url: string; headings: string[] }
export interface QuickVerdict { likely: boolean; reasons: string[] }

export function quickDetect(page: QuickLook): QuickVerdict {
  const reasons: string[] = [];
  const title = `${page.title} ${page.headings[0] ?? ''}`;
  if (NOT_NOTICE_TITLE.test(title) && !/privacy notice/i.test(page.headings[0] ?? '')) return { likely: false, reasons: ['title reads like another kind of page'] };
  if (NOTICE_TITLE.test(title)) reasons.push('title says privacy notice');
  if (URL_HINT.test(page.url)) reasons.push('address mentions privacy');
  const cues = HEADING_CUES.filter((re) => page.headings.some((h) => re.test(h))).length;
  if (cues) reasons.push(`${cues} notice topics in the headings`);
  const likely = reasons.includes('title says privacy notice') ? cues >= 1 || reasons.length > 1 : cues >= 3 || (cues >= 2 && reasons.includes('address mentions privacy'));
  return { likely, reasons };
}
