// How much of a page the engine reads. Real notices run to 5–200 KB of text; a page many times
// that size is a long list, a data dump or hostile, and reading all of it would freeze the popup.
// The engine reads the first MAX_TEXT_CHARS and says so in the detection signals.
import type { NoticeDocument } from './document';

export const MAX_TEXT_CHARS = 1_000_000;
/** Saved HTML larger than this is cut before parsing (the DOM costs ~0.5 s per MB in Node). */
export const MAX_HTML_CHARS = 4_000_000;

export function limitDocument(doc: NoticeDocument): NoticeDocument {
  let total = 0;
  for (let i = 0; i < doc.blocks.length; i++) {
    total += doc.blocks[i]!.text.length;
    if (total > MAX_TEXT_CHARS) return { ...doc, blocks: doc.blocks.slice(0, i), truncated: true };
  }
  return doc;
}
