// The request tracker in browser.storage.local, handled like the comparison library: older
// formats are migrated, what cannot be read is kept aside unchanged, and a failed write (storage
// full) says so and changes nothing.
import browser from 'webextension-polyfill';
import { loadRequestLog, type LoadedLog } from '../core/requests/load';
import type { RequestLog } from '../core/requests/types';
import { store } from './storage-write';

export const REQUESTS_KEY = 'pn:requests';
export const REQUESTS_SET_ASIDE_KEY = 'pn:requests-set-aside';

export async function readRequests(): Promise<LoadedLog> {
  const got = await browser.storage.local.get([REQUESTS_KEY, REQUESTS_SET_ASIDE_KEY]);
  const loaded = loadRequestLog(got[REQUESTS_KEY]);
  if (loaded.unreadable.length || loaded.migratedFrom !== null) {
    const aside = Array.isArray(got[REQUESTS_SET_ASIDE_KEY]) ? (got[REQUESTS_SET_ASIDE_KEY] as unknown[]) : [];
    try {
      await browser.storage.local.set({ [REQUESTS_SET_ASIDE_KEY]: [...aside, ...loaded.unreadable], [REQUESTS_KEY]: loaded.log });
    } catch {
      // Storage refused: leave everything as it was; the page still shows what it could read.
    }
  }
  return loaded;
}

export async function writeRequests(log: RequestLog): Promise<void> {
  await store({ [REQUESTS_KEY]: log });
}

/** Reads, changes and writes the log; the new log is returned only once it is stored. */
export async function updateRequests(change: (log: RequestLog) => RequestLog): Promise<RequestLog> {
  const next = change((await readRequests()).log);
  await writeRequests(next);
  return next;
}
