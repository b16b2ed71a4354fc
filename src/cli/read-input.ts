// Node-side input: a file on disk → the document model. HTML is parsed with linkedom (a real DOM
// implementation, light and fast enough for batch runs) and then read by the same DOM walker the
// extension uses on live pages. PDFs go through pdf.js (read-pdf.ts).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { blocksFromDom } from '../core/input/dom';
import { looksLikePdf } from '../core/input/pdf-read';
import { blocksFromText } from '../core/input/text';
import type { NoticeDocument } from '../core/document';
import { MAX_HTML_CHARS } from '../core/limits';
import { documentFromPdf } from './read-pdf';

export const NOTICE_EXTENSIONS = ['.html', '.htm', '.txt', '.md', '.markdown', '.pdf'];

/** Saved or fetched HTML as a DOM, cut to MAX_HTML_CHARS first. */
export function parseHtmlPage(source: string): { document: Document; truncated: boolean } {
  const truncated = source.length > MAX_HTML_CHARS;
  const html = truncated ? source.slice(0, MAX_HTML_CHARS) : source;
  // linkedom needs a full document to give us <body>; fragments are wrapped.
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return { document: parseHTML(full).document as unknown as Document, truncated };
}

export function documentFromDom(document: Document, truncated: boolean, url: string | null): NoticeDocument {
  const doc = { ...blocksFromDom(document), url };
  return truncated ? { ...doc, truncated } : doc;
}

export function documentFromHtml(source: string, url: string | null = null): NoticeDocument {
  const { document, truncated } = parseHtmlPage(source);
  return documentFromDom(document, truncated, url);
}

export function documentFromSource(source: string, kind: 'html' | 'text', url: string | null = null): NoticeDocument {
  return kind === 'html' ? documentFromHtml(source, url) : { ...blocksFromText(source), url };
}

export function kindOfFile(path: string, source: string): 'html' | 'text' {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.txt' || ext === '.md' || ext === '.markdown') return 'text';
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(source) ? 'html' : 'text';
}

export async function readNoticeFile(path: string, url: string | null = null): Promise<NoticeDocument> {
  const buffer = await readFile(path);
  if (extname(path).toLowerCase() === '.pdf' || looksLikePdf(buffer)) return documentFromPdf(buffer, url);
  const source = buffer.toString('utf8');
  return documentFromSource(source, kindOfFile(path, source), url);
}
