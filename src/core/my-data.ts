// The resident's details (kept only when they tick "remember my details") and the export of
// everything Plain Notice holds about them, as one readable JSON file.
import type { LetterDetails } from './letters/compose';

export const DETAILS_VERSION = 1 as const;
export interface StoredDetails { version: typeof DETAILS_VERSION; details: LetterDetails }

export function readStoredDetails(stored: unknown): LetterDetails | null {
  const d = (stored as StoredDetails | null)?.details;
  if (!stored || typeof stored !== 'object' || (stored as StoredDetails).version !== DETAILS_VERSION || !d || typeof d !== 'object') return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { name: text(d.name), address: text(d.address), reference: text(d.reference) };
}

export function storedDetails(details: LetterDetails): StoredDetails {
  return { version: DETAILS_VERSION, details };
}

export const MY_DATA_FORMAT = 'plain-notice-my-data';

/** Everything in the extension's storage, named by what it is; unknown keys are kept under "other". */
export function myDataExport(stored: Record<string, unknown>, keys: Record<string, string>, now: string): string {
  const named = Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, stored[key] ?? null]));
  const known = new Set(Object.values(keys));
  const other = Object.fromEntries(Object.entries(stored).filter(([key]) => !known.has(key)));
  return JSON.stringify({ format: MY_DATA_FORMAT, exportedAt: now, ...named, other }, null, 2);
}
