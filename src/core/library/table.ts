// The comparison table's data: filter, sort and group saved notices. Pure: the compare page and the
// command line's HTML report both draw from it.
import { councilScore, noticeScore } from './score';
import type { SavedNotice } from './types';
import { CHECKLIST_ITEMS, type AnswerStatus, type ChecklistItem } from '../types';

export type SortKey = 'council' | 'service' | 'score' | 'updated' | 'recipients' | 'rights';
export interface View { council: string; service: string; missing: ChecklistItem | ''; sort: SortKey; descending: boolean }
export const defaultView = (): View => ({ council: '', service: '', missing: '', sort: 'council', descending: false });

const value = (n: SavedNotice, key: SortKey): string | number => {
  switch (key) {
    case 'council': return n.council.toLowerCase();
    case 'service': return n.service.toLowerCase();
    case 'score': return noticeScore(n.summary);
    case 'updated': return n.summary.lastUpdated ?? '';
    case 'recipients': return n.summary.recipients.length;
    case 'rights': return n.summary.rights.length;
  }
};

export function leavesOut(n: SavedNotice, item: ChecklistItem): boolean {
  const status = n.summary.checklist.find((c) => c.item === item)?.status;
  return status === 'missing' || status === 'unclear';
}

export function visibleNotices(notices: SavedNotice[], view: View): SavedNotice[] {
  const service = view.service.trim().toLowerCase();
  const rows = notices.filter((n) => (!view.council || n.council === view.council)
    && (!service || `${n.service} ${n.title}`.toLowerCase().includes(service))
    && (!view.missing || leavesOut(n, view.missing)));
  const dir = view.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = value(a, view.sort), y = value(b, view.sort);
    return (x < y ? -1 : x > y ? 1 : 0) * dir || a.council.localeCompare(b.council) || a.service.localeCompare(b.service);
  });
}

export interface Group { council: string; score: number; notices: SavedNotice[] }

/** Rows grouped by council, groups in the order their first row appears. */
export function groupByCouncil(rows: SavedNotice[]): Group[] {
  const groups = new Map<string, SavedNotice[]>();
  for (const n of rows) groups.set(n.council, [...(groups.get(n.council) ?? []), n]);
  return [...groups].map(([council, notices]) => ({ council, notices, score: councilScore(notices.map((n) => n.summary)) }));
}

/** For the chart: how many notices leave out (missing or unclear) each checklist item. */
export function missingCounts(notices: SavedNotice[]): { item: ChecklistItem; count: number; of: number }[] {
  return CHECKLIST_ITEMS.map((item) => ({
    item,
    count: notices.filter((n) => leavesOut(n, item)).length,
    of: notices.filter((n) => n.summary.checklist.some((c) => c.item === item)).length,
  })).filter((c) => c.of > 0);
}

export const councils = (notices: SavedNotice[]) => [...new Set(notices.map((n) => n.council))].sort((a, b) => a.localeCompare(b));

/** The table's words for a yes/no question the notice should answer (transfers, computer decisions). */
export const ANSWER_WORDS: Record<AnswerStatus, string> = { yes: 'Yes', no: 'No', unanswered: 'Asked, not answered', 'not-stated': 'Not stated' };
