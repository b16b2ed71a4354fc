// Which tab the popup speaks about, and the calls it makes about that tab.
import browser from 'webextension-polyfill';
import type { HighlightReply, SummaryReply } from '../ext/messages';

/** The tab the popup was opened for. Tests open the popup as a page and pass ?tabId=N. */
export async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function requestSummary(tabId: number, force = false): Promise<SummaryReply> {
  try {
    return (await browser.runtime.sendMessage({ type: 'pn/summary', tabId, force })) as SummaryReply;
  } catch (e) {
    return { ok: false, reason: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

export async function showOnPage(tabId: number, quote: string): Promise<boolean> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'pn/highlight', quote })) as HighlightReply;
    return reply.found;
  } catch {
    return false;
  }
}
