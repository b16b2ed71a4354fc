// The messages the extension's parts send each other. One place for their shapes.
import type { NoticeDocument } from '../core/document';
import type { NoticeSummary } from '../core/types';
import type { QuickVerdict } from '../core/quick-detect';

/** Content script → background: what the cheap first look found. */
export type FlagMessage = { type: 'pn/flag'; verdict: QuickVerdict };
/** Popup → background: the summary of a tab's page (force: analyse even if not a notice). */
export type SummaryRequest = { type: 'pn/summary'; tabId: number; force?: boolean };
export type SummaryReply =
  | { ok: true; summary: NoticeSummary }
  | { ok: false; reason: 'restricted' | 'unreadable' | 'error'; message: string };
/** Background → content script ({ type: 'pn/collect' }): read the page. */
export type CollectReply = NoticeDocument;
/** Popup → content script: scroll to and mark a quote. */
export type HighlightRequest = { type: 'pn/highlight'; quote: string };
export type HighlightReply = { found: boolean };
/** Background → content script: are you there, and on which page? */
export type PingReply = { url: string };

export function isMessage<T extends { type: string }>(value: unknown, type: T['type']): value is T {
  return !!value && typeof value === 'object' && (value as { type?: unknown }).type === type;
}
