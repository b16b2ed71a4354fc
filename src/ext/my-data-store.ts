// The resident's own data in the extension: their details (stored only when they choose), and
// one place to export or delete everything Plain Notice holds about them.
import browser from 'webextension-polyfill';
import type { LetterDetails } from '../core/letters/compose';
import { myDataExport, readStoredDetails, storedDetails } from '../core/my-data';
import { LIBRARY_KEY, SET_ASIDE_KEY } from './library-store';
import { REQUESTS_KEY, REQUESTS_SET_ASIDE_KEY } from './requests-store';
import { store } from './local-storage';

export const DETAILS_KEY = 'pn:details';

/** The storage keys, by the name they have in the export. */
const EXPORT_KEYS = {
  details: DETAILS_KEY,
  requests: REQUESTS_KEY,
  requestsSetAside: REQUESTS_SET_ASIDE_KEY,
  comparison: LIBRARY_KEY,
  comparisonSetAside: SET_ASIDE_KEY,
};

export async function readDetails(): Promise<LetterDetails | null> {
  return readStoredDetails((await browser.storage.local.get(DETAILS_KEY))[DETAILS_KEY]);
}

export async function rememberDetails(details: LetterDetails): Promise<void> {
  await store({ [DETAILS_KEY]: storedDetails(details) });
}

export async function forgetDetails(): Promise<void> {
  await browser.storage.local.remove(DETAILS_KEY);
}

export async function exportMyData(now: string): Promise<string> {
  return myDataExport(await browser.storage.local.get(null), EXPORT_KEYS, now);
}

/** Deletes everything: details, requests, the comparison, settings, and the session's readings. */
export async function deleteMyData(): Promise<void> {
  await browser.storage.local.clear();
  await browser.storage.session?.clear();
}
