// PDF text with its layout → the document model. pdf.js gives positioned runs of text; a PDF has
// no headings or lists, only lines of a size and weight at a place. Lines are rebuilt from the
// runs, then read the way a person reads a printed notice: larger or bold short lines are
// headings, lines starting with a bullet or a number are list items, lines close together are
// one paragraph, and a header or footer repeated on every page is dropped.
import { block, type Block, type NoticeDocument } from '../document';

/** One run of text as pdf.js places it (the reader fills bold from the font's name). */
export interface PdfTextItem {
  str: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  /** Font size (the transform's vertical scale). */
  size: number;
  bold: boolean;
  width: number;
}

export interface PdfPage { items: PdfTextItem[]; height: number }

interface Line { page: number; x: number; y: number; edge: boolean; size: number; bold: boolean; text: string; width: number }

const BULLET = /^(?:[•·▪◦‣∙●○■□➢►–*-]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]+\))\s+(?=\S)/;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** Longest line read as a heading. */
const MAX_HEADING_CHARS = 110;
/** A line this much larger than the body text is a heading. */
const HEADING_RATIO = 1.15;

/** Runs on one baseline (within a fraction of the font size) make one line, left to right. */
function linesOfPage(page: PdfPage, pageIndex: number): Line[] {
  const runs = page.items.filter((i) => i.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { runs: PdfTextItem[]; y: number }[] = [];
  for (const run of runs) {
    const line = lines.find((l) => Math.abs(l.y - run.y) <= Math.max(2, run.size * 0.4));
    if (line) line.runs.push(run);
    else lines.push({ runs: [run], y: run.y });
  }
  return lines.map(({ runs: rs, y }) => {
    rs.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const r of rs) {
      // A gap wider than a fifth of the font size is a space the PDF did not write.
      const gap = r.x - end;
      if (text && gap > r.size * 0.2 && !/\s$/.test(text) && !/^\s/.test(r.str)) text += ' ';
      text += r.str;
      end = r.x + r.width;
    }
    const chars = rs.reduce((n, r) => n + r.str.trim().length, 0);
    const size = rs.reduce((n, r) => n + r.size * r.str.trim().length, 0) / Math.max(1, chars);
    // Running headers and footers live in the top and bottom eighth of a page.
    const edge = y < page.height / 8 || y > (page.height * 7) / 8;
    return { page: pageIndex, x: rs[0]!.x, y, edge, size, bold: rs.every((r) => r.bold || !r.str.trim()), text: text.replace(/\s+/g, ' ').trim(), width: end - rs[0]!.x };
  });
}

/** The size most of the text is set in. */
function bodySize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(Math.round(l.size * 2) / 2, (weight.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** Lines repeated at the top or bottom of most pages (running titles, footers) and page numbers. */
function dropPageFurniture(lines: Line[], pages: number): Line[] {
  const key = (l: Line) => `${Math.round(l.y)}|${l.text.toLowerCase().replace(/\d+/g, '#')}`;
  const counts = new Map<string, Set<number>>();
  for (const l of lines) counts.set(key(l), (counts.get(key(l)) ?? new Set()).add(l.page));
  const repeated = (l: Line) => pages >= 2 && l.edge && counts.get(key(l))!.size >= Math.max(2, Math.ceil(pages / 2));
  return lines.filter((l) => !PAGE_NUMBER.test(l.text) && !repeated(l));
}

function headingLevel(line: Line, body: number, sizes: number[]): number | null {
  const text = line.text;
  if (text.length > MAX_HEADING_CHARS || /[.,;:]$/.test(text) || !/[A-Za-z]{3}/.test(text)) return null;
  if (line.size >= body * HEADING_RATIO) return Math.min(4, 1 + sizes.findIndex((s) => line.size >= s - 0.25));
  if (line.bold && line.size >= body * 0.95) return Math.min(5, sizes.length + 1);
  return null;
}

/** Turns the pages of a PDF (pdf.js text items) into blocks. */
export function blocksFromPdf(pages: PdfPage[], title: string | null = null): NoticeDocument {
  const lines = dropPageFurniture(pages.flatMap(linesOfPage), pages.length);
  const body = bodySize(lines);
  // Heading sizes, largest first: the largest is level 1.
  const sizes = [...new Set(lines.filter((l) => l.size >= body * HEADING_RATIO).map((l) => Math.round(l.size * 2) / 2))].sort((a, b) => b - a);
  const blocks: Block[] = [];
  /** The block the next line may continue, and where its last line sat. */
  let open: { block: Block; line: Line } | null = null;
  /** The width of a full line of text: a line much shorter than this ended on purpose. */
  const column = Math.max(...lines.filter((l) => Math.abs(l.size - body) < 0.5).map((l) => l.width), 1);
  const listIndent = lines.filter((l) => BULLET.test(l.text)).reduce((m, l) => Math.min(m, l.x), Infinity);

  for (const line of lines) {
    const level = headingLevel(line, body, sizes);
    const prev = open?.line;
    const sameFlow = prev && (prev.page === line.page ? prev.y - line.y <= Math.max(prev.size, line.size) * 1.6 : /^[a-z(]/.test(line.text));
    if (level !== null && !(open?.block.kind === 'heading' && sameFlow && prev!.size === line.size && open.block.level === level)) {
      const b = block('heading', line.text, level);
      blocks.push(b);
      open = { block: b, line };
      continue;
    }
    if (level !== null && open) {
      // A heading that wraps onto a second line.
      open.block.text += ` ${line.text}`;
      open.line = line;
      continue;
    }
    const bullet = BULLET.exec(line.text);
    if (bullet) {
      const depth = 1 + Math.max(0, Math.round((line.x - listIndent) / Math.max(8, body * 1.5)));
      const b = block('item', line.text.slice(bullet[0].length), depth);
      blocks.push(b);
      open = { block: b, line };
      continue;
    }
    const continues = open && sameFlow && open.block.kind !== 'heading' && Math.abs(prev!.size - line.size) < 0.5
      && (open.block.kind === 'paragraph' || line.x > open.line.x - 1);
    if (open && continues) {
      // A short line before this one ended early on purpose (an address, a contact block).
      const brokeEarly = open.line.width < column * 0.6;
      const soft = /-$/.test(open.block.text) && /^[a-z]/.test(line.text);
      open.block.text = soft ? `${open.block.text.slice(0, -1)}${line.text}` : `${open.block.text}${brokeEarly ? '\n' : ' '}${line.text}`;
      open.line = line;
      continue;
    }
    const b = block('paragraph', line.text);
    blocks.push(b);
    open = { block: b, line };
  }
  const firstHeading = blocks.find((b) => b.kind === 'heading');
  return { title: title?.trim() || firstHeading?.text || null, url: null, blocks };
}
