// The transparency score shown on the compare page (its formula in words is the scoreFormula message).
// A notice scores the share of the UK GDPR checklist items that apply to it which it covers:
// each item present counts 1, each unclear item counts ½, each missing item 0. A council's score
// is the average of its saved notices' scores. Both run from 0 to 100.
import type { NoticeSummary } from '../types';

export function noticeScore(summary: NoticeSummary): number {
  const items = summary.checklist;
  if (!items.length) return 0;
  const points = items.reduce((n, c) => n + (c.status === 'present' ? 1 : c.status === 'unclear' ? 0.5 : 0), 0);
  return Math.round((100 * points) / items.length);
}

export function councilScore(summaries: NoticeSummary[]): number {
  if (!summaries.length) return 0;
  return Math.round(summaries.reduce((n, s) => n + noticeScore(s), 0) / summaries.length);
}
