// The background: sets the badge when the content script's first look finds a likely notice,
// reads and analyses a page when the popup asks (or ahead of time on a flagged page), and keeps
// the latest summary per tab in session storage so the popup opens at once.
import browser, { type Runtime } from 'webextension-polyfill';
import { analyseDocument } from '../core/analyse';
import type { NoticeSummary } from '../core/types';
import { isMessage, type CollectReply, type FlagMessage, type PingReply, type SummaryReply, type SummaryRequest } from '../ext/messages';
import { showBadge } from './badge';

type Cached = { url: string | null; forced: boolean; summary: NoticeSummary };
const key = (tabId: number) => `summary:${tabId}`;

async function cached(tabId: number): Promise<Cached | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as Cached | undefined) ?? null;
}

/** The built content script's file, as the manifest names it (no web-accessible copy needed). */
function contentScriptFile(): string {
  const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (!file) throw new Error('the manifest names no content script');
  return file;
}

/** The page's blocks, from the content script; injected first on pages it does not run on. */
async function collect(tabId: number): Promise<CollectReply> {
  try {
    return (await browser.tabs.sendMessage(tabId, { type: 'pn/collect' })) as CollectReply;
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile()] });
    return (await browser.tabs.sendMessage(tabId, { type: 'pn/collect' })) as CollectReply;
  }
}

/**
 * The address of the page now in the tab, as its content script sees it. Without the "tabs"
 * permission the tab's own url is hidden from the extension; null when no content script answers.
 */
async function pageUrl(tabId: number): Promise<string | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, { type: 'pn/ping' })) as PingReply).url;
  } catch {
    return null;
  }
}

async function readAndAnalyse(tabId: number, force: boolean): Promise<SummaryReply> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { ok: false, reason: 'error', message: 'tab closed' };
  const prior = await cached(tabId);
  if (prior && (prior.forced || !force) && prior.url !== null && prior.url === (await pageUrl(tabId))) return { ok: true, summary: prior.summary };
  let doc: CollectReply;
  try {
    doc = await collect(tabId);
  } catch (e) {
    return { ok: false, reason: 'restricted', message: e instanceof Error ? e.message : String(e) };
  }
  try {
    const summary = analyseDocument(doc, { analysedAt: new Date().toISOString(), force });
    await browser.storage.session.set({ [key(tabId)]: { url: doc.url, forced: force, summary } satisfies Cached });
    return { ok: true, summary };
  } catch (e) {
    return { ok: false, reason: 'unreadable', message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * A popup opened while the page is still being read ahead waits for that reading rather than
 * starting a second one.
 */
const underWay = new Map<string, Promise<SummaryReply>>();
function summarise(tabId: number, force: boolean): Promise<SummaryReply> {
  const key = `${tabId}:${force}`;
  let reply = underWay.get(key);
  if (!reply) {
    reply = readAndAnalyse(tabId, force).finally(() => underWay.delete(key));
    underWay.set(key, reply);
  }
  return reply;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (isMessage<FlagMessage>(message, 'pn/flag')) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    return showBadge(tabId, message.verdict.likely).then(async () => {
      // The page is flagged: read it now, so the popup opens with its summary ready.
      if (message.verdict.likely) await summarise(tabId, false);
    });
  }
  if (isMessage<SummaryRequest>(message, 'pn/summary')) return summarise(message.tabId, !!message.force);
  return undefined;
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void browser.storage.session.remove(key(tabId));
});
browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(key(tabId)));
