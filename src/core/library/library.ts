// Library operations, all pure: save (the same address again updates the entry and keeps its
// first-saved date), remove, and merge imported entries.
import type { NoticeSummary } from '../types';
import { councilOf, serviceOf } from './naming';
import { LIBRARY_VERSION, type Library, type SavedNotice } from './types';

/** The entry's key: its address, or for pages without one, its title. */
export function idOf(summary: NoticeSummary): string {
  return summary.source.url ?? `untitled:${summary.source.title ?? summary.source.analysedAt}`;
}

export function saveNotice(library: Library, summary: NoticeSummary, now: string): Library {
  const id = idOf(summary);
  const earlier = library.notices.find((n) => n.id === id);
  const entry: SavedNotice = {
    id, url: summary.source.url ?? '', title: summary.source.title ?? serviceOf(summary),
    council: councilOf(summary), service: serviceOf(summary),
    firstSavedAt: earlier?.firstSavedAt ?? now, savedAt: now, summary,
  };
  const notices = earlier ? library.notices.map((n) => (n.id === id ? entry : n)) : [...library.notices, entry];
  return { version: LIBRARY_VERSION, notices };
}

export function removeNotice(library: Library, id: string): Library {
  return { version: LIBRARY_VERSION, notices: library.notices.filter((n) => n.id !== id) };
}

/** Adds imported entries; an entry for an address already saved replaces it, keeping the earlier first-saved date. */
export function mergeNotices(library: Library, incoming: SavedNotice[]): Library {
  let notices = [...library.notices];
  for (const entry of incoming) {
    const earlier = notices.find((n) => n.id === entry.id);
    const merged = earlier && earlier.firstSavedAt < entry.firstSavedAt ? { ...entry, firstSavedAt: earlier.firstSavedAt } : entry;
    notices = earlier ? notices.map((n) => (n.id === entry.id ? merged : n)) : [...notices, merged];
  }
  return { version: LIBRARY_VERSION, notices };
}
