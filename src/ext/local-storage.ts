// browser.storage.local for the extension's stored lists: reading with what cannot be read kept
// aside (never deleted), and writing with one clear message when it fails — a full store says
// so and what to do; either way nothing was changed, because a write is all-or-nothing.
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

/**
 * Reads `key` through `load`. When some of it could not be read, or it was in an older format,
 * the unreadable part is added to `asideKey` and the readable part stored in today's format.
 */
export async function readKeepingAside<L extends { unreadable: unknown[]; migratedFrom: number | null }>(
  key: string, asideKey: string, load: (stored: unknown) => L, current: (loaded: L) => unknown,
): Promise<L> {
  const got = await browser.storage.local.get([key, asideKey]);
  const loaded = load(got[key]);
  if (loaded.unreadable.length || loaded.migratedFrom !== null) {
    const aside = Array.isArray(got[asideKey]) ? (got[asideKey] as unknown[]) : [];
    try {
      await browser.storage.local.set({ [asideKey]: [...aside, ...loaded.unreadable], [key]: current(loaded) });
    } catch {
      // Storage refused: leave everything as it was; the page still shows what it could read.
    }
  }
  return loaded;
}
