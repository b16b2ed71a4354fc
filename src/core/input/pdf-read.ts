// A PDF file → pdf.js text items with size and weight → blocks (pdf-layout.ts). pdf.js itself is
// passed in: the command line uses its Node build, the extension page its browser build with a
// bundled worker. Fonts are never rendered; only their names are read to tell bold from regular.
import type { getDocument as GetDocument } from 'pdfjs-dist';
import type { NoticeDocument } from '../document';
import { blocksFromPdf, type PdfPage, type PdfTextItem } from './pdf-layout';

export const NO_TEXT_MESSAGE = 'This PDF has no text to read. It is probably a scanned image of a printed notice. Ask the council for a version with text, or for the notice as a web page.';

/** A PDF that cannot give a notice: no text layer, locked, or not really a PDF. */
export class PdfProblem extends Error {
  constructor(readonly kind: 'no-text' | 'locked' | 'broken', message: string) {
    super(message);
    this.name = 'PdfProblem';
  }
}

/** Fewer readable characters than this in the whole file means there is no text layer. */
const MIN_TEXT_CHARS = 20;
const BOLD_FONT = /bold|black|heavy|semibold|demi/i;

type TextItem = { str: string; transform: number[]; width: number; fontName: string };

export async function readPdf(data: Uint8Array, getDocument: typeof GetDocument, options: Record<string, unknown> = {}): Promise<NoticeDocument> {
  const task = getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, ...options });
  const pdf = await task.promise.catch((e: unknown) => {
    if ((e as Error)?.name === 'PasswordException') throw new PdfProblem('locked', 'This PDF is locked with a password, so it cannot be read.');
    throw new PdfProblem('broken', 'This PDF could not be opened. It may be damaged, or not really a PDF.');
  });
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      // The operator list loads the fonts, so their names (Helvetica-Bold) can be read.
      await page.getOperatorList();
      const content = await page.getTextContent();
      const fontName = (id: string): string => {
        try {
          return page.commonObjs.has(id) ? String((page.commonObjs.get(id) as { name?: string }).name ?? '') : '';
        } catch {
          return '';
        }
      };
      const items: PdfTextItem[] = (content.items as TextItem[]).filter((i) => 'str' in i).map((i) => ({
        str: i.str, x: i.transform[4]!, y: i.transform[5]!, size: Math.hypot(i.transform[2]!, i.transform[3]!) || Math.abs(i.transform[0]!),
        width: i.width, bold: BOLD_FONT.test(fontName(i.fontName)),
      }));
      pages.push({ items, height: page.view[3]! - page.view[1]! });
      page.cleanup();
    }
    if (pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.str.trim().length, 0), 0) < MIN_TEXT_CHARS) throw new PdfProblem('no-text', NO_TEXT_MESSAGE);
    const meta = await pdf.getMetadata().catch(() => null);
    const title = (meta?.info as { Title?: unknown } | undefined)?.Title;
    return blocksFromPdf(pages, typeof title === 'string' ? title : null);
  } finally {
    await pdf.destroy();
  }
}

/** A PDF starts with "%PDF-" (allowing a little junk before it, as readers do). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
