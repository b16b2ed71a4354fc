// The JSON export: the saved notices with a wrapper that says what the file is and its format
// version. Import checks every entry against the schema: valid entries come in, the rest are
// listed with the reason; a file that is not a Plain Notice export changes nothing.
import { entryProblems, loadLibrary } from './migrate';
import { LIBRARY_VERSION, type Library, type SavedNotice } from './types';

export const EXPORT_FORMAT = 'plain-notice-comparison';

export interface ExportFile { format: typeof EXPORT_FORMAT; version: number; exportedAt: string; notices: SavedNotice[] }

export function toJsonExport(library: Library, now: string): string {
  const file: ExportFile = { format: EXPORT_FORMAT, version: LIBRARY_VERSION, exportedAt: now, notices: library.notices };
  return JSON.stringify(file, null, 2);
}

export type ImportResult =
  | { ok: true; accepted: SavedNotice[]; rejected: { index: number; label: string; problems: string[] }[] }
  | { ok: false; reason: ImportFailure; version?: number; message: string };

/** Why a file changed nothing; the pages say it in their own language (message is English, for logs and tests). */
export type ImportFailure = 'not-json' | 'not-export' | 'newer';

export function readJsonExport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json', message: 'This file is not JSON. Choose a file exported from the Plain Notice comparison page.' };
  }
  const file = data as Partial<ExportFile>;
  if (!file || typeof file !== 'object' || file.format !== EXPORT_FORMAT || !Array.isArray(file.notices)) {
    return { ok: false, reason: 'not-export', message: 'This file is not a Plain Notice comparison export. Nothing was changed.' };
  }
  if (typeof file.version !== 'number' || file.version > LIBRARY_VERSION) {
    return { ok: false, reason: 'newer', version: Number(file.version), message: `This file was made by a newer Plain Notice (format ${String(file.version)}). Update the extension to import it. Nothing was changed.` };
  }
  // Older exports go through the same migration steps as stored data.
  const migrated = file.version < LIBRARY_VERSION ? loadLibrary({ version: file.version, notices: file.notices }) : null;
  const entries: unknown[] = migrated ? [...migrated.library.notices, ...migrated.unreadable] : file.notices;
  const accepted: SavedNotice[] = [];
  const rejected: { index: number; label: string; problems: string[] }[] = [];
  entries.forEach((entry, index) => {
    const problems = entryProblems(entry);
    if (problems.length) {
      const e = entry as Partial<SavedNotice> | null;
      rejected.push({ index: index + 1, label: (e && typeof e === 'object' && (e.title || e.url)) || `entry ${index + 1}`, problems });
    } else {
      accepted.push(entry as SavedNotice);
    }
  });
  return { ok: true, accepted, rejected };
}
