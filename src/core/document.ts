// The one document model every input is turned into: ordered blocks with their links.
// The content script builds it from the live DOM, the command line from saved HTML, text or Markdown.

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'row' | 'term' | 'definition';

export type Link = { href: string; text: string };

export interface Block {
  kind: BlockKind;
  /** Heading level 1–6; list nesting depth (1 = top level) for items; 0 otherwise. */
  level: number;
  /** Visible text, whitespace folded; line breaks the page shows are kept as "\n". */
  text: string;
  /** Table cells, for rows. */
  cells?: string[];
  /** A table's header row (every cell a header cell). */
  header?: boolean;
  links: Link[];
}

export interface NoticeDocument {
  title: string | null;
  url: string | null;
  blocks: Block[];
  /** Only the start of a very large page was kept (see limits.ts). */
  truncated?: boolean;
}

const SPACES = /[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
/** Zero-width characters, soft hyphens and bidirectional controls: invisible, or able to make
 * text read in a different order than it is stored (a right-to-left override in an address). */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/g;

/** Folds runs of spaces, drops invisible characters, keeps single line breaks. */
export function foldSpace(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .replace(SPACES, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export function block(kind: BlockKind, text: string, level = 0, links: Link[] = [], cells?: string[]): Block {
  const b: Block = { kind, level, text: foldSpace(text), links };
  if (cells) b.cells = cells.map(foldSpace);
  return b;
}

/** The whole text of a document, as the quotes in a summary are taken from it. */
export function documentText(doc: NoticeDocument): string {
  return doc.blocks.map((b) => b.text).join('\n');
}
