// Reads a stored list in a versioned format: older versions go through one step per version to
// today's; anything that cannot be read (not an object, a newer format, a bad entry) is returned
// as it was, so the caller can keep it aside and nothing is ever lost.

export type Step = (old: Record<string, unknown>) => Record<string, unknown>;

export interface VersionedFormat<T> {
  version: number;
  /** The property holding the list, e.g. "requests". */
  listKey: string;
  /** One step from each older version to the next. */
  steps: Record<number, Step>;
  isEntry: (value: unknown) => value is T;
}

export type LoadProblem = 'unreadable' | 'newer' | 'entries';

export interface LoadedList<T> {
  entries: T[];
  unreadable: unknown[];
  problem: LoadProblem | null;
  migratedFrom: number | null;
}

export function loadVersioned<T>(stored: unknown, format: VersionedFormat<T>): LoadedList<T> {
  const none = { entries: [], migratedFrom: null };
  if (stored === undefined || stored === null) return { ...none, unreadable: [], problem: null };
  const version = (stored as { version?: unknown }).version;
  if (typeof stored !== 'object' || Array.isArray(stored) || typeof version !== 'number') return { ...none, unreadable: [stored], problem: 'unreadable' };
  if (version > format.version) return { ...none, unreadable: [stored], problem: 'newer' };
  let data = stored as Record<string, unknown>;
  for (let v = version; v < format.version; v++) {
    const step = format.steps[v];
    if (!step) return { ...none, unreadable: [stored], problem: 'unreadable' };
    data = step(data);
  }
  const list = data[format.listKey];
  const entries: T[] = [];
  const unreadable: unknown[] = [];
  for (const entry of Array.isArray(list) ? list : []) (format.isEntry(entry) ? entries : unreadable).push(entry);
  return { entries, unreadable, problem: unreadable.length ? 'entries' : null, migratedFrom: version < format.version ? version : null };
}
