// PDF notices in Node: pdf.js's legacy build (it runs on Node 20 without browser globals), with
// its bundled standard-font metrics so text positions are right.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NoticeDocument } from '../core/document';
import { readPdf } from '../core/input/pdf-read';

const resolveHere = createRequire(import.meta.url);

export async function documentFromPdf(bytes: Uint8Array, url: string | null = null): Promise<NoticeDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fonts = `${pathToFileURL(join(dirname(resolveHere.resolve('pdfjs-dist/package.json')), 'standard_fonts')).href}/`;
  // pdf.js keeps the buffer; give it its own copy.
  const doc = await readPdf(new Uint8Array(bytes), pdfjs.getDocument, { standardFontDataUrl: fonts });
  return { ...doc, url };
}
