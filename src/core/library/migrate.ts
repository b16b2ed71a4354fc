// Reads whatever is in storage into the current library format. Each older version has a step
// to the next; entries that cannot be read are set aside (kept, never deleted) and reported.
// Version 1 kept one entry per address: { version: 1, notices: [{ url, savedAt, summary }] }.
import { councilOf, serviceOf } from './naming';
import { emptyLibrary, LIBRARY_VERSION, type Library, type SavedNotice } from './types';
import { summaryProblems } from './validate';

export interface Loaded {
  library: Library;
  /** Entries that could not be read, as stored, so nothing is lost. */
  unreadable: unknown[];
  problems: string[];
  migratedFrom: number | null;
}

type Step = (old: Record<string, unknown>) => Record<string, unknown>;

const STEPS: Record<number, Step> = {
  1: (old) => ({
    version: 2,
    notices: (Array.isArray(old.notices) ? old.notices : []).map((n: Record<string, unknown>) => {
      const summary = n?.summary as Parameters<typeof councilOf>[0] | undefined;
      if (!summary || typeof summary !== 'object') return n;
      const url = typeof n.url === 'string' ? n.url : summary.source?.url ?? '';
      const savedAt = typeof n.savedAt === 'string' ? n.savedAt : summary.source?.analysedAt;
      return { id: url || `untitled:${summary.source?.title ?? savedAt}`, url, title: summary.source?.title ?? '', council: councilOf(summary), service: serviceOf(summary), firstSavedAt: savedAt, savedAt, summary };
    }),
  }),
};

function isEntry(e: unknown): e is SavedNotice {
  const n = e as SavedNotice;
  return !!n && typeof n === 'object' && typeof n.id === 'string' && typeof n.url === 'string' && typeof n.title === 'string'
    && typeof n.council === 'string' && typeof n.service === 'string' && typeof n.firstSavedAt === 'string' && typeof n.savedAt === 'string';
}

export function entryProblems(e: unknown): string[] {
  if (!isEntry(e)) return ['not a saved notice (it needs id, url, title, council, service and dates)'];
  return summaryProblems(e.summary);
}

export function loadLibrary(stored: unknown): Loaded {
  if (stored === undefined || stored === null) return { library: emptyLibrary(), unreadable: [], problems: [], migratedFrom: null };
  if (typeof stored !== 'object' || Array.isArray(stored) || typeof (stored as { version?: unknown }).version !== 'number') {
    return { library: emptyLibrary(), unreadable: [stored], problems: ['The saved comparison could not be read. It has been kept aside, unchanged.'], migratedFrom: null };
  }
  let data = stored as Record<string, unknown>;
  const from = data.version as number;
  if (from > LIBRARY_VERSION) {
    return { library: emptyLibrary(), unreadable: [stored], problems: [`The saved comparison was made by a newer Plain Notice (format ${from}). Update the extension to read it.`], migratedFrom: null };
  }
  for (let v = from; v < LIBRARY_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return { library: emptyLibrary(), unreadable: [stored], problems: [`No way to read format ${v}.`], migratedFrom: null };
    data = step(data);
  }
  const notices: SavedNotice[] = [];
  const unreadable: unknown[] = [];
  for (const entry of Array.isArray(data.notices) ? data.notices : []) {
    if (entryProblems(entry).length) unreadable.push(entry);
    else notices.push(entry as SavedNotice);
  }
  const problems = unreadable.length ? [`${unreadable.length} saved ${unreadable.length === 1 ? 'notice' : 'notices'} could not be read and ${unreadable.length === 1 ? 'was' : 'were'} kept aside.`] : [];
  return { library: { version: LIBRARY_VERSION, notices }, unreadable, problems, migratedFrom: from < LIBRARY_VERSION ? from : null };
}
