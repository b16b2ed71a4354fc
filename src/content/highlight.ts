// "Show me on the page": scroll the quote into view and mark it. This is the only time Plain
// Notice changes a page, and only because the user asked.
import { findQuote } from './find-text';

const STYLE_ID = 'plain-notice-highlight-style';
const NAME = 'plain-notice';
const MARK_ATTR = 'data-plain-notice-mark';

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `::highlight(${NAME}){background-color:#ffdd00;color:#0b0c0c}`
    + `[${MARK_ATTR}]{outline:3px solid #ffdd00 !important;outline-offset:2px !important;box-shadow:0 0 0 6px #0b0c0c !important}`;
  (doc.head ?? doc.documentElement).append(style);
}

function openHiddenAncestors(el: Element | null): void {
  for (let e = el; e; e = e.parentElement) {
    if (e instanceof HTMLDetailsElement && !e.open) e.open = true;
  }
}

export function highlightQuote(doc: Document, quote: string): boolean {
  clearHighlight(doc);
  const range = findQuote(doc.body ?? doc.documentElement, quote);
  if (!range) return false;
  ensureStyle(doc);
  const start = range.startContainer.parentElement;
  openHiddenAncestors(start);
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (registry && HighlightCtor) registry.set(NAME, new HighlightCtor(range));
  const block = start?.closest('p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, summary, div') ?? start;
  block?.setAttribute(MARK_ATTR, '');
  const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  block?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  return true;
}

export function clearHighlight(doc: Document): void {
  (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights?.delete(NAME);
  for (const el of doc.querySelectorAll(`[${MARK_ATTR}]`)) el.removeAttribute(MARK_ATTR);
}
