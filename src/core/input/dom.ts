// A page's DOM → the document model. Works on any standards DOM: the live page in the content
// script, or linkedom in Node. Walks iteratively so that deeply nested markup cannot overflow
// the stack, and keeps only the main content (no navigation, banners, footers, widgets).
import { block, type Block, type Link, type NoticeDocument } from '../document';
import { MAX_TEXT_CHARS } from '../limits';
import { decodeCfEmail } from '../text/emails';
import { isBoilerplate, pickContentRoot } from './boilerplate';

/** Elements whose text is never part of the notice. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'select', 'input', 'textarea', 'option', 'head', 'link', 'meta', 'img', 'picture',
]);
/** Elements that flow inside a line of text. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u',
  'var', 'wbr', 'br', 'big', 'tt', 'strike', 'acronym', 'nobr',
]);
const BOLD = new Set(['b', 'strong']);
const LISTS = new Set(['ul', 'ol', 'menu']);
const HEADING = /^h([1-6])$/;
const MAX_BLOCKS = 200_000;
/** A bold-only line longer than this is emphasis, not a heading. */
const MAX_BOLD_HEADING = 120;

type Inline = { text: string; links: Link[]; boldChars: number };

const tagOf = (el: Element) => el.localName?.toLowerCase() ?? '';

function cfEmailOf(el: Element): string | null {
  const data = el.getAttribute('data-cfemail');
  if (data) return decodeCfEmail(data);
  const href = el.getAttribute('href') ?? '';
  const hash = /\/cdn-cgi\/l\/email-protection#([0-9a-f]+)/i.exec(href);
  return hash ? decodeCfEmail(hash[1]!) : null;
}

/** Text of an element's subtree as one line of inline content, with its links. */
function gatherInline(root: Element, skipLists: boolean): Inline {
  const out: Inline = { text: '', links: [], boldChars: 0 };
  type Step = { node: Node; bold: number } | { exitLink: { href: string; start: number } };
  const stack: Step[] = [{ node: root, bold: 0 }];
  while (stack.length) {
    const step = stack.pop()!;
    if ('exitLink' in step) {
      const text = out.text.slice(step.exitLink.start).replace(/\s+/g, ' ').trim();
      out.links.push({ href: step.exitLink.href, text });
      continue;
    }
    const { node, bold } = step;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      out.text += t;
      if (bold) out.boldChars += t.replace(/\s+/g, '').length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = tagOf(el);
    if (SKIP.has(tag)) continue;
    if (node !== root && skipLists && LISTS.has(tag)) continue;
    if (tag === 'br') { out.text += '\n'; continue; }
    const email = cfEmailOf(el);
    if (email) {
      out.text += email;
      if (bold) out.boldChars += email.length;
      out.links.push({ href: `mailto:${email}`, text: email });
      continue;
    }
    const isInline = INLINE.has(tag) || node === root;
    if (!isInline) out.text += '\n';
    const href = tag === 'a' ? el.getAttribute('href') : null;
    if (href) stack.push({ exitLink: { href, start: out.text.length } });
    const childBold = bold + (BOLD.has(tag) || /^h[1-6]$/.test(tag) ? 1 : 0);
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, bold: childBold });
  }
  return out;
}

const visibleChars = (s: string) => s.replace(/\s+/g, '').length;

/** Reads a DOM in steps, so a caller can spread the work over several turns of the page's event loop. */
export interface DomReader {
  /** Does up to `budgetMs` of work (checked every few nodes); true when the whole page has been read. */
  step: (budgetMs: number, now: () => number) => boolean;
  result: () => NoticeDocument;
}

/** How many nodes to read between looks at the clock, and how many children to queue at once. */
const NODES_PER_CHECK = 32;
const CHILDREN_PER_STEP = 256;

export function createDomReader(doc: Document, maxChars = MAX_TEXT_CHARS): DomReader {
  const body = doc.body ?? doc.documentElement;
  const title = (doc.title || doc.querySelector?.('h1')?.textContent || '').replace(/\s+/g, ' ').trim() || null;
  const blocks: Block[] = [];
  let lastHeadingLevel = 1;
  let loose: Inline = { text: '', links: [], boldChars: 0 };
  // The engine reads only the first MAX_TEXT_CHARS; reading (and sending) more is wasted work.
  let textChars = 0;
  const full = () => blocks.length >= MAX_BLOCKS || textChars > maxChars;
  const push = (b: Block) => { blocks.push(b); textChars += b.text.length; };

  const emitInline = (kind: 'paragraph' | 'item' | 'term' | 'definition', inl: Inline, level: number) => {
    const text = inl.text;
    if (!text.trim() || full()) return;
    const allBold = inl.boldChars > 0 && inl.boldChars >= visibleChars(text) * 0.9;
    if (kind === 'paragraph' && allBold && looksLikeHeadingLine(text)) {
      push(block('heading', text.replace(/\n/g, ' '), Math.min(6, lastHeadingLevel + 1), inl.links));
    } else {
      push(block(kind, text, level, inl.links));
    }
  };
  const flushLoose = () => {
    if (loose.text.trim()) emitInline('paragraph', loose, 0);
    loose = { text: '', links: [], boldChars: 0 };
  };

  // Children are visited a chunk at a time, so an element with 100 000 children never costs one long step.
  type Step = { node: Node; depth: number } | { exit: true } | { kids: ArrayLike<Node>; from: number; depth: number };
  const pushChildren = (kids: ArrayLike<Node>, from: number, depth: number) => {
    const to = Math.min(kids.length, from + CHILDREN_PER_STEP);
    if (to < kids.length) stack.push({ kids, from: to, depth });
    for (let i = to - 1; i >= from; i--) stack.push({ node: kids[i]!, depth });
  };
  // Finding the main content is work too: it happens in the first step, within its budget.
  let root: Element | null = null;
  const stack: Step[] = [];
  let started = false;

  /** Reads one node; pushes its children for later. */
  const visit = (step: Step) => {
    if ('exit' in step) { flushLoose(); return; }
    if ('kids' in step) { pushChildren(step.kids, step.from, step.depth); return; }
    const { node, depth } = step;
    if (node.nodeType === 3) {
      loose.text += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = tagOf(el);
    if (SKIP.has(tag) || (node !== root && isBoilerplate(el))) return;
    if (INLINE.has(tag)) {
      const inl = gatherInline(el, false);
      loose.text += inl.text;
      loose.boldChars += inl.boldChars;
      loose.links.push(...inl.links);
      return;
    }
    flushLoose();
    const heading = HEADING.exec(tag);
    if (heading || tag === 'summary' || isAccordionButton(el, tag)) {
      const level = heading ? Number(heading[1]) : Math.min(6, lastHeadingLevel + 1);
      const inl = gatherInline(el, false);
      if (inl.text.trim()) {
        push(block('heading', inl.text.replace(/\n/g, ' '), level, inl.links));
        if (heading) lastHeadingLevel = level;
      }
      return;
    }
    if (tag === 'button') return;
    if (tag === 'p') { emitInline('paragraph', gatherInline(el, false), 0); return; }
    if (tag === 'dt') { emitInline('term', gatherInline(el, false), 0); return; }
    if (tag === 'dd') { emitInline('definition', gatherInline(el, false), 0); return; }
    if (tag === 'pre') {
      for (const line of (el.textContent ?? '').split('\n')) if (line.trim()) push(block('paragraph', line));
      return;
    }
    if (tag === 'tr') { pushRow(el, push, lastHeadingLevel); return; }
    if (tag === 'li') {
      const listDepth = depth + 1;
      emitInline('item', gatherInline(el, true), listDepth);
      pushChildren([...el.children].filter((c) => LISTS.has(tagOf(c))), 0, listDepth);
      return;
    }
    stack.push({ exit: true });
    pushChildren(el.childNodes, 0, depth);
  };

  return {
    step(budgetMs, now) {
      const until = now() + budgetMs;
      if (!started) {
        started = true;
        root = body ? pickContentRoot(body) : null;
        if (root) stack.push({ node: root, depth: 0 });
        if (now() >= until) return false;
      }
      let n = 0;
      while (stack.length && !full()) {
        visit(stack.pop()!);
        if (++n % NODES_PER_CHECK === 0 && now() >= until) return false;
      }
      flushLoose();
      return true;
    },
    result: () => (full() && stack.length ? { title, url: null, blocks, truncated: true } : { title, url: null, blocks }),
  };
}

/** Turns the main content of a DOM into blocks, in one go. */
export function blocksFromDom(doc: Document): NoticeDocument {
  const reader = createDomReader(doc);
  while (!reader.step(Number.POSITIVE_INFINITY, () => 0));
  return reader.result();
}

/**
 * The same, in slices of about `sliceMs`, handing the page back between slices (`pause`), so a
 * huge page never freezes while it is read.
 */
export async function blocksFromDomInSlices(doc: Document, pause: () => Promise<void>, sliceMs = 16, now: () => number = () => performance.now(), maxChars = MAX_TEXT_CHARS): Promise<NoticeDocument> {
  const reader = createDomReader(doc, maxChars);
  while (!reader.step(sliceMs, now)) await pause();
  return reader.result();
}

function isAccordionButton(el: Element, tag: string): boolean {
  if (tag !== 'button' && el.getAttribute('role') !== 'button') return false;
  return el.hasAttribute('aria-expanded') || el.hasAttribute('aria-controls');
}

function pushRow(tr: Element, push: (b: Block) => void, lastHeadingLevel: number): void {
  const cells: string[] = [];
  const links: Link[] = [];
  let headerCells = 0;
  for (const cell of [...tr.children]) {
    const tag = tagOf(cell);
    if (tag !== 'td' && tag !== 'th') continue;
    const inl = gatherInline(cell, false);
    const text = inl.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (tag === 'th') headerCells++;
    cells.push(text);
    links.push(...inl.links);
  }
  if (!cells.length) return;
  if (cells.length === 1 && headerCells === 1 && looksLikeHeadingLine(cells[0]!)) {
    push(block('heading', cells[0]!, Math.min(6, lastHeadingLevel + 1), links));
    return;
  }
  const row = block('row', cells.join(' | '), 0, links, cells);
  if (headerCells === cells.length) row.header = true;
  push(row);
}

/** Short, no closing full stop: the shape of a heading line. */
export function looksLikeHeadingLine(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 1 && t.length <= MAX_BOLD_HEADING && !/[.;,]$/.test(t) && /[A-Za-z]/.test(t);
}
