// The comparison library in browser.storage.local: read (migrating older formats, setting aside
// what cannot be read so nothing is lost) and written whole, with clear messages when storage
// is full or fails (local-storage.ts, shared with the request tracker).
import { saveNotice } from '../core/library/library';
import { loadLibrary, type Loaded } from '../core/library/migrate';
import type { Library } from '../core/library/types';
import type { NoticeSummary } from '../core/types';
import { readKeepingAside, store } from './local-storage';

export const LIBRARY_KEY = 'pn:library';
export const SET_ASIDE_KEY = 'pn:library-set-aside';

export function readLibrary(): Promise<Loaded> {
  return readKeepingAside(LIBRARY_KEY, SET_ASIDE_KEY, loadLibrary, (loaded) => loaded.library);
}

export async function writeLibrary(library: Library): Promise<void> {
  await store({ [LIBRARY_KEY]: library });
}

export async function saveToLibrary(summary: NoticeSummary, now: string): Promise<Library> {
  const { library } = await readLibrary();
  const next = saveNotice(library, summary, now);
  await writeLibrary(next);
  return next;
}
