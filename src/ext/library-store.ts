// The comparison library in browser.storage.local: read (migrating older formats, setting aside
// what cannot be read so nothing is lost) and written whole, with clear messages when storage
// is full or fails.
import browser from 'webextension-polyfill';
import { saveNotice } from '../core/library/library';
import { loadLibrary, type Loaded } from '../core/library/migrate';
import type { Library } from '../core/library/types';
import type { NoticeSummary } from '../core/types';

export const LIBRARY_KEY = 'pn:library';
export const SET_ASIDE_KEY = 'pn:library-set-aside';

export class StorageProblem extends Error {}

function explain(e: unknown): StorageProblem {
  const text = e instanceof Error ? e.message : String(e);
  if (/quota|QUOTA_BYTES|exceeded/i.test(text)) {
    return new StorageProblem('Your browser’s storage for Plain Notice is full. Export your comparison, remove some notices, then try again. Nothing was changed.');
  }
  return new StorageProblem(`Your browser could not save the comparison (${text}). Nothing was changed.`);
}

export async function readLibrary(): Promise<Loaded> {
  const got = await browser.storage.local.get([LIBRARY_KEY, SET_ASIDE_KEY]);
  const loaded = loadLibrary(got[LIBRARY_KEY]);
  if (loaded.unreadable.length || loaded.migratedFrom !== null) {
    // Keep what could not be read beside the library, then store the readable part in today's format.
    const aside = Array.isArray(got[SET_ASIDE_KEY]) ? (got[SET_ASIDE_KEY] as unknown[]) : [];
    try {
      await browser.storage.local.set({ [SET_ASIDE_KEY]: [...aside, ...loaded.unreadable], [LIBRARY_KEY]: loaded.library });
    } catch {
      // Storage refused: leave everything as it was; the page still shows what it could read.
    }
  }
  return loaded;
}

export async function writeLibrary(library: Library): Promise<void> {
  try {
    await browser.storage.local.set({ [LIBRARY_KEY]: library });
  } catch (e) {
    throw explain(e);
  }
}

export async function saveToLibrary(summary: NoticeSummary, now: string): Promise<Library> {
  const { library } = await readLibrary();
  const next = saveNotice(library, summary, now);
  await writeLibrary(next);
  return next;
}
