// Writing to browser.storage.local with one clear message when it fails: a full store says so
// and what to do; either way nothing was changed, because the write is all-or-nothing.
import browser from 'webextension-polyfill';
import { t } from './i18n';

export class StorageProblem extends Error {}

export async function store(items: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage.local.set(items);
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    throw new StorageProblem(/quota|QUOTA_BYTES|exceeded/i.test(text) ? t('storageFull') : t('storageFailed', text));
  }
}
