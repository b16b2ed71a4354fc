// Reads whatever is in storage into the current library format. Each older version has a step
// to the next (walked by storage/versioned.ts, shared with the request tracker); entries that
// cannot be read are set aside (kept, never deleted) and reported.
// Version 1 kept one entry per address: { version: 1, notices: [{ url, savedAt, summary }] }.
import { councilOf, serviceOf } from './naming';
import { loadVersioned, type LoadProblem, type Step } from '../storage/versioned';
import { LIBRARY_VERSION, type Library, type SavedNotice } from './types';
import { summaryProblems } from './validate';

export interface Loaded {
  library: Library;
  /** Entries that could not be read, as stored, so nothing is lost. */
  unreadable: unknown[];
  problems: string[];
  migratedFrom: number | null;
}

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

/** What went wrong, in words, for each kind of problem the versioned reader reports. */
const PROBLEMS: Record<LoadProblem, (stored: unknown, unreadable: number) => string> = {
  unreadable: () => 'The saved comparison could not be read. It has been kept aside, unchanged.',
  newer: (stored) => `The saved comparison was made by a newer Plain Notice (format ${String((stored as { version: number }).version)}). Update the extension to read it.`,
  entries: (_, n) => `${n} saved ${n === 1 ? 'notice' : 'notices'} could not be read and ${n === 1 ? 'was' : 'were'} kept aside.`,
};

export function loadLibrary(stored: unknown): Loaded {
  const got = loadVersioned(stored, { version: LIBRARY_VERSION, listKey: 'notices', steps: STEPS, isEntry: (e): e is SavedNotice => entryProblems(e).length === 0 });
  return {
    library: { version: LIBRARY_VERSION, notices: got.entries },
    unreadable: got.unreadable,
    problems: got.problem ? [PROBLEMS[got.problem](stored, got.unreadable.length)] : [],
    migratedFrom: got.migratedFrom,
  };
}
