// The request tracker in browser.storage.local, handled like the comparison library: older
// formats are migrated, what cannot be read is kept aside unchanged, and a failed write (storage
// full) says so and changes nothing.
import { loadRequestLog, type LoadedLog } from '../core/requests/load';
import type { RequestLog } from '../core/requests/types';
import { readKeepingAside, store } from './local-storage';

export const REQUESTS_KEY = 'pn:requests';
export const REQUESTS_SET_ASIDE_KEY = 'pn:requests-set-aside';

export function readRequests(): Promise<LoadedLog> {
  return readKeepingAside(REQUESTS_KEY, REQUESTS_SET_ASIDE_KEY, loadRequestLog, (loaded) => loaded.log);
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
