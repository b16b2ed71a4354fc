// Fixture notices written for these tests, in two forms from one outline: an HTML page and a PDF
// laid out like a council's printed notice (a large bold title, bold headings, wrapped paragraphs,
// bullet lists, a running footer with page numbers). pdf-lib writes the PDF, so nothing opaque is
// committed and each test can make the variant it needs.
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export type Part = { h1: string } | { h2: string } | { p: string } | { li: string[] } | { ol: string[] };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function noticeHtml(parts: Part[], title: string): string {
  const body = parts.map((part) => {
    if ('h1' in part) return `<h1>${esc(part.h1)}</h1>`;
    if ('h2' in part) return `<h2>${esc(part.h2)}</h2>`;
    if ('p' in part) return `<p>${esc(part.p)}</p>`;
    const tag = 'li' in part ? 'ul' : 'ol';
    return `<${tag}>${('li' in part ? part.li : part.ol).map((i) => `<li>${esc(i)}</li>`).join('')}</${tag}>`;
  }).join('\n');
  return `<!doctype html><html lang="en"><head><title>${esc(title)}</title></head><body><main>${body}</main></body></html>`;
}

const PAGE = { width: 595, height: 842, margin: 56 };

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface PdfOptions {
  title?: string;
  footer?: string;
  noText?: boolean;
  /** Section headings' size; at the body size (11) only their bold font marks them. */
  headingSize?: number;
}

export async function noticePdf(parts: Part[], options: PdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (options.title) pdf.setTitle(options.title);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const pages: PDFPage[] = [];
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  pages.push(page);
  let y = PAGE.height - PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  const line = (text: string, x: number, size: number, font: PDFFont, after: number) => {
    if (y - size < PAGE.margin + 20) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      pages.push(page);
      y = PAGE.height - PAGE.margin;
    }
    y -= size;
    // A scanned page has only pictures: draw the text as filled boxes, with no characters.
    if (options.noText) page.drawRectangle({ x, y, width: font.widthOfTextAtSize(text, size), height: size * 0.7 });
    else page.drawText(text, { x, y, size, font });
    y -= after;
  };
  for (const part of parts) {
    if ('h1' in part) { line(part.h1, PAGE.margin, 20, bold, 14); continue; }
    if ('h2' in part) { y -= 8; line(part.h2, PAGE.margin, options.headingSize ?? 14, bold, 8); continue; }
    if ('p' in part) {
      const lines = wrap(part.p, regular, 11, width);
      lines.forEach((l, i) => line(l, PAGE.margin, 11, regular, i === lines.length - 1 ? 10 : 3));
      continue;
    }
    const items = 'li' in part ? part.li : part.ol;
    items.forEach((item, n) => {
      const marker = 'li' in part ? '•' : `${n + 1}.`;
      wrap(item, regular, 11, width - 24).forEach((l, i) => {
        if (i === 0) {
          const markerY = y - 11;
          page.drawText(marker, { x: PAGE.margin + 6, y: markerY, size: 11, font: regular });
        }
        line(l, PAGE.margin + 20, 11, regular, 3);
      });
    });
    y -= 8;
  }
  if (options.footer) {
    pages.forEach((p, i) => {
      p.drawText(options.footer!, { x: PAGE.margin, y: 30, size: 9, font: regular });
      p.drawText(`Page ${i + 1} of ${pages.length}`, { x: PAGE.width - PAGE.margin - 60, y: 30, size: 9, font: regular });
    });
  }
  return pdf.save();
}
