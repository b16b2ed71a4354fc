// Plain text and Markdown → the document model. Councils' notices reach us as text copied from
// pages, converted from PDF or Word, or as Markdown: headings must be inferred from the shape of
// lines (questions, numbered headings, short lines without a full stop, bold lines).
import { block, type Block, type Link, type NoticeDocument } from '../document';
import { POSTCODE } from '../text/contacts';
import { decodeEntities } from '../text/entities';
import { topicsOfHeading } from '../topics/lexicon';
import { NOTICE_TITLE } from '../topics/titles';

const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^(\s*)(?:[•·▪◦‣∙●○■□➢►–]|[-*+](?=\s)|\(?[0-9]{1,2}[.)](?=\s)|\(?[a-z][.)](?=\s)|\([ivx]+\))\s*(.*)$/;
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/;
const RULE_LINE = /^[\s|:+=_*-]*$/;
const DATE_LINE = /^(?:(?:last\s+)?(?:updated|reviewed|revised|published|version|date|amended)\b|\d{1,2}\s+\w+\s+\d{4}$|\w+\s+\d{4}$)/i;
/** Heading-shaped lines are at most this long. */
const MAX_HEADING_CHARS = 110;
const MAX_HEADING_WORDS = 18;

type Line = { raw: string; text: string; links: Link[]; bold: boolean };

/** Strips inline markup (Markdown links and emphasis, stray HTML tags) from one line. */
function cleanLine(raw: string): Line {
  const links: Link[] = [];
  let text = raw
    .replace(/<a\b[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>(.*?)<\/a>/gi, (_m, href: string, inner: string) => {
      const t = decodeEntities(inner.replace(/<[^>]*>/g, ''));
      links.push({ href: decodeEntities(href), text: t });
      return t;
    })
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, (_m, t: string, href: string) => {
      links.push({ href, text: t });
      return t;
    })
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, (_m, href: string) => {
      links.push({ href, text: href.replace(/^mailto:/i, '') });
      return href.replace(/^mailto:/i, '');
    })
    .replace(/<[^>]{0,500}>/g, ' ');
  text = decodeEntities(text);
  const trimmed = text.trim();
  const bold = /^(\*\*|__)(?=\S)[\s\S]*\S\1$/.test(trimmed);
  text = text.replace(/(\*\*|__)(?=\S)(.*?\S)\1/g, '$2').replace(/^\s*(\*\*|__)|(\*\*|__)\s*$/g, '').replace(/\\([\\`*_{}[\]()#+.!-])/g, '$1');
  return { raw, text: text.replace(/\s+$/, ''), links, bold };
}

/** Splits a line holding HTML block markup (tables pasted into Markdown) into visual lines. */
function explodeHtmlBlocks(source: string): string {
  return source
    .replace(/<\s*(?:br|hr)\s*\/?>/gi, '\n')
    .replace(/<\s*\/?\s*(?:p|div|ul|ol|table|tr|h[1-6]|section|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<\s*li\b[^>]*>\s*(?:[•·▪-]\s*)?/gi, '\n• ')
    .replace(/<\s*\/\s*li\s*>/gi, '\n');
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function isLabelValue(text: string): boolean {
  return /^[^:]{1,60}:\s*\S/.test(text) || /@|https?:\/\/|www\./i.test(text);
}

/** Lines copied along with a web page's text that are not part of the notice: links to skip,
 * menus, display settings and breadcrumbs that site templates put before and after the content. */
const PAGE_CHROME = new RegExp(`^(?:${[
  String.raw`skip (?:to|ribbon|header|navigation|main)\b.*`, 'accessibility statement', 'back to top', 'print this page',
  'share this page', String.raw`cookies? (?:settings|preferences)`, String.raw`toggle (?:menu|navigation|search)`,
  'loading', 'menu', 'main menu', 'search', 'home', 'close', 'open', 'sign in', 'log in', 'my account',
  String.raw`you are (?:currently )?(?:in|here):.*`, 'accessibility and display options', 'choose accessibility and display settings',
  'text preferences', 'colour schemes', 'save close', String.raw`home\s*[>/»›].*`,
].join('|')})\\s*$`, 'i');

/** A long line cut mid-sentence by a PDF or Word export ("…such as the Human") is not a heading. */
const WRAPPED_LINE_CHARS = 60;
const ENDS_MID_SENTENCE = /\b(?:the|and|of|to|for|a|an|by|in|or|as|on|at|from|that|which|is|are|be|may|will|its|their|our|your|any|such|this|these|than)$/i;
const isWrapped = (t: string) => t.length > WRAPPED_LINE_CHARS && ENDS_MID_SENTENCE.test(t);

/** A line that could be a heading by its shape alone. */
function headingShaped(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > MAX_HEADING_CHARS || words(t) > MAX_HEADING_WORDS) return false;
  if (!/^[A-Z0-9"'‘“(]/.test(t) || !/[A-Za-z]{3}/.test(t)) return false;
  if (/[.,;:!]$/.test(t) || isLabelValue(t) || DATE_LINE.test(t)) return false;
  if (/^\d[\d\s]+$/.test(t) || POSTCODE.test(t)) return false; // numbers, postcodes
  if (isWrapped(t)) return false;
  return true;
}

const isQuestion = (t: string) => /\?\s*$/.test(t) && t.length <= 200 && /^[A-Z0-9"'‘“(]/.test(t.trim());

type Kind = 'blank' | 'rule' | 'mdheading' | 'item' | 'row' | 'question' | 'bold' | 'short' | 'numbered' | 'text';
type Classified = { kind: Kind; line: Line; level: number; text: string; cells?: string[] };

function classify(line: Line): Classified {
  const raw = line.raw;
  const t = line.text.trim();
  if (!t) return { kind: RULE_LINE.test(raw) && raw.trim() ? 'rule' : 'blank', line, level: 0, text: '' };
  if (RULE_LINE.test(raw)) return { kind: 'rule', line, level: 0, text: '' };
  const md = MD_HEADING.exec(raw.trim());
  if (md) return { kind: 'mdheading', line, level: md[1]!.length, text: cleanLine(md[2]!).text.trim() };
  if (raw.includes('\t') || /^\s*\|.*\|\s*$/.test(raw)) {
    const cells = (raw.includes('\t') ? line.text.split('\t') : line.text.trim().replace(/^\||\|$/g, '').split('|'))
      .map((c) => c.trim()).filter(Boolean);
    if (cells.length >= 2) return { kind: 'row', line, level: 0, text: cells.join(' | '), cells };
    if (cells.length === 1) return classify({ ...line, raw: raw.replace(/\t/g, ' '), text: cells[0]! });
  }
  const bullet = BULLET.exec(line.text);
  if (bullet && bullet[2]!.trim()) {
    const indent = bullet[1]!.replace(/\t/g, '    ').length;
    return { kind: 'item', line, level: 1 + Math.floor(indent / 2), text: bullet[2]!.trim() };
  }
  const numbered = NUMBERED_HEADING.exec(t);
  if (numbered && headingShaped(numbered[2]!) && !STREET_LINE.test(t)) {
    return { kind: 'numbered', line, level: 2 + (numbered[1]!.match(/\./g)?.length ?? 0), text: t };
  }
  if (line.bold && headingShaped(t)) return { kind: 'bold', line, level: 3, text: t };
  if (isQuestion(t)) return { kind: 'question', line, level: 2, text: t };
  if (headingShaped(t)) return { kind: 'short', line, level: 2, text: t };
  return { kind: 'text', line, level: 0, text: t };
}

/** How far down a page's title may stand, below banners and menus copied with the text. */
const TITLE_WITHIN_BLOCKS = 12;

/** The page's title: a heading near the top that says what the page is, else the first heading. */
function titleOf(blocks: Block[]): string | null {
  const top = blocks.slice(0, TITLE_WITHIN_BLOCKS).filter((b) => b.kind === 'heading');
  return (top.find((b) => NOTICE_TITLE.test(b.text)) ?? blocks.find((b) => b.kind === 'heading'))?.text ?? null;
}

/** A line whose words name a part of a notice ("Information collected", "Your rights") is a
 * heading even where it stands among short lines that would otherwise be an address. */
const namesAPart = (text: string) => NOTICE_TITLE.test(text) || topicsOfHeading(text).some((t) => t !== 'contact');

/** A lead-in that introduces contact details, and lines that belong to an address or contact block. */
const ADDRESS_LEAD_IN = /\b(?:write|writing|contact|address|post|email|e-mail|call|phone|telephone|visit|find us|reach)\b[^:]{0,40}:\s*$/i;
const ADDRESS_LINE = new RegExp(String.raw`${POSTCODE.source}|@|\b0\d{2,4}[\s-]?\d{3}|\+44|^\d+[a-z]?\s+\w+|\b(?:street|road|lane|avenue|square|hall|house|offices?|centre|PO Box)\b`, 'i');

/** "12 Mill Lane": a house number and street, not a numbered heading. */
const STREET_LINE = /^\d{1,4}[a-z]?\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Road|Street|Lane|Avenue|Way|Close|Drive|Place|Square|Court|Crescent|Terrace|Hill|Gardens|Park|Row|Walk|Green|Parade|Rise|View|Mews)\b/;
const MAX_ADDRESS_LINES = 9;

/** Items of a list without bullets are short lines. */
const MAX_BARE_ITEM_CHARS = 120;

/** Turns plain text or Markdown into blocks. */
export function blocksFromText(source: string, title: string | null = null): NoticeDocument {
  const lines = explodeHtmlBlocks(source.replace(/\r\n?/g, '\n')).split('\n').map(cleanLine)
    .map((l) => (PAGE_CHROME.test(l.text.trim()) ? { ...l, raw: '', text: '' } : l));
  const rows = lines.map(classify);
  const blocks: Block[] = [];
  const hasBlankLines = rows.some((r) => r.kind === 'blank');
  const kindAt = (i: number) => rows[i]?.kind ?? 'blank';
  let firstHeading = true;

  let titleKey = '';
  const pushHeading = (text: string, level: number, links: Link[]) => {
    const key = text.toLowerCase().replace(/[^a-z0-9]+/g, '');
    // A converted PDF repeats its title as a running header on every page: not a new section.
    if (!firstHeading && titleKey.length > 12 && key.startsWith(titleKey)) return;
    if (firstHeading) titleKey = key;
    blocks.push(block('heading', text, firstHeading ? 1 : Math.max(2, level), links));
    firstHeading = false;
  };

  /** Items made from lines that lost their bullets (a list of them goes on until a full stop). */
  const bareItems = new Set<Block>();
  /** The block before line i is a lead-in ending with a colon, or an item of a list it began. */
  const underColonLeadIn = (i: number) => {
    const last = blocks[blocks.length - 1];
    if (!last || kindAt(i - 1) === 'blank' && hasBlankLines && last.kind !== 'paragraph') return false;
    if (last.kind === 'paragraph') {
      return /:\s*$/.test(last.text) && !isLabelValue(last.text.replace(/:\s*$/, '')) && !ADDRESS_LEAD_IN.test(last.text) && !addressFollows(i);
    }
    return last.kind === 'item' && last.level === 1 && bareItems.has(last) && !/[.!?]$/.test(last.text);
  };
  const isBarelessItem = (r: Classified, i: number) => {
    const t = r.text;
    if (t.length > MAX_BARE_ITEM_CHARS || (r.kind === 'short' && namesAPart(t)) || isQuestion(t) || isLabelValue(t)) return false;
    // A full stop ends the list: the last item may carry it, a sentence after the list does too.
    if (/[.!?]$/.test(t)) return words(t) <= 12 && ['short', 'text'].includes(kindAt(i - 1));
    return true;
  };
  /** Where an address laid out with blank lines between its lines ends (i when line i starts none). */
  const spacedAddressEnd = (i: number) => {
    if (!hasBlankLines) return i;
    let lines = 0;
    for (let j = i; j < rows.length && lines < MAX_ADDRESS_LINES; j++) {
      const x = rows[j]!;
      if (x.kind === 'blank') continue;
      if (!['short', 'text'].includes(x.kind) || x.text.length > 60 || /[.!?:]$/.test(x.text) || topicsOfHeading(x.text).length || NOTICE_TITLE.test(x.text)) break;
      lines++;
      if (POSTCODE.test(x.text)) return lines >= 2 ? j : i;
    }
    return i;
  };
  /** The short lines from i on hold a postcode, phone, email or street: an address, not a list. */
  const addressFollows = (i: number) => {
    for (let j = i; j < rows.length && j < i + 12 && ['short', 'text'].includes(kindAt(j)); j++) {
      if (ADDRESS_LINE.test(rows[j]!.text)) return true;
    }
    return false;
  };

  const afterQuestion = () => {
    const last = blocks[blocks.length - 1];
    return last?.kind === 'heading' && /\?\s*$/.test(last.text);
  };

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    switch (r.kind) {
      case 'blank':
        break;
      case 'rule': {
        // A bullet alone on its line: the item is the next line ("-" / "Police").
        if (/^\s*[-*•·▪]\s*$/.test(r.line.raw)) {
          const next = rows[i + 1];
          if (next && ['short', 'text', 'question', 'bold', 'numbered'].includes(next.kind)) {
            blocks.push(block('item', next.text, 1, next.line.links));
            i++;
            break;
          }
        }
        // A Markdown table's |---|---| line: the row above it is the table's header.
        const prev = blocks[blocks.length - 1];
        if (prev?.kind === 'row' && /-{3,}/.test(r.line.raw) && kindAt(i - 1) === 'row') prev.header = true;
        break;
      }
      case 'mdheading':
        if (firstHeading) titleKey = r.text.toLowerCase().replace(/[^a-z0-9]+/g, '');
        blocks.push(block('heading', r.text, r.level, r.line.links));
        firstHeading = false;
        break;
      case 'row':
        blocks.push(block('row', r.text, 0, r.line.links, r.cells));
        break;
      case 'item': {
        // Numbered lines that stand alone between blank lines are section headings, not a list.
        const standaloneNumber = /^\s*\d/.test(r.line.text) && kindAt(i - 1) === 'blank' && kindAt(i + 1) === 'blank'
          && hasBlankLines && headingShaped(r.text);
        const repeatsTitle = titleKey.length > 12 && r.text.toLowerCase().replace(/[^a-z0-9]+/g, '').startsWith(titleKey);
        if (standaloneNumber) pushHeading(r.line.text.trim(), 2, r.line.links);
        else if (!repeatsTitle) blocks.push(block('item', r.text, r.level, r.line.links));
        break;
      }
      case 'numbered': {
        const inList = [i - 1, i + 1].some((j) => rows[j]?.kind === 'numbered' || rows[j]?.kind === 'item');
        if (inList && !hasBlankLines) blocks.push(block('item', r.text, 1, r.line.links));
        else pushHeading(r.text, r.level, r.line.links);
        break;
      }
      case 'question':
      case 'bold':
        pushHeading(r.text, r.level, r.line.links);
        break;
      case 'short':
      case 'text': {
        // Lines under a lead-in that ends with a colon, each short and without a full stop, are the
        // items of a list that lost its bullets ("We may share it with:" / "police" / "schools").
        if (underColonLeadIn(i) && isBarelessItem(r, i)) {
          const item = block('item', r.text, 1, r.line.links);
          bareItems.add(item);
          blocks.push(item);
          break;
        }
        // An address set out one line per paragraph ("Records Office" / "River House" / "Anytown" / "AN1 6AA").
        const addressEnd = spacedAddressEnd(i);
        if (addressEnd > i) {
          const lines = rows.slice(i, addressEnd + 1).filter((x) => x.kind !== 'blank');
          blocks.push(block('paragraph', lines.map((x) => x.text).join('\n'), 0, lines.flatMap((x) => x.line.links)));
          i = addressEnd;
          break;
        }
        // Consecutive short lines are an address or a contact block: keep them as one paragraph.
        const group: Classified[] = [r];
        const startsGroup = r.kind === 'short' && !namesAPart(r.text) && !afterQuestion();
        while (i + 1 < rows.length && (startsGroup || group.length > 1 || isLabelValue(r.text))
          && ['short', 'text'].includes(kindAt(i + 1)) && rows[i + 1]!.text.length <= 60 && r.text.length <= 60
          && !/[.!?:]$/.test(rows[i]!.text) && !(rows[i + 1]!.kind === 'short' && namesAPart(rows[i + 1]!.text))) {
          group.push(rows[++i]!);
        }
        // A short line right under a question is its answer ("Who uses this information?" /
        // "The housing team"), unless it names a part of a notice itself.
        // A long line whose sentence goes on in lower case on the next line was wrapped, not a heading.
        const wrapsOn = r.text.length > WRAPPED_LINE_CHARS && /^[a-z]/.test(rows[i + 1]?.text ?? '');
        if (group.length === 1 && r.kind === 'short' && !wrapsOn && !(afterQuestion() && !namesAPart(r.text))) {
          pushHeading(r.text, 2, r.line.links);
          break;
        }
        const links = group.flatMap((g) => g.line.links);
        // A line starting in lower case continues the one before (soft wrap); others are address lines.
        const text = group.map((g, k) => (k > 0 && /^[a-z(]/.test(g.text) ? ' ' : k > 0 ? '\n' : '') + g.text).join('');
        const prev = blocks[blocks.length - 1];
        // A soft-wrapped line (PDF or Word export) continues the paragraph before it.
        if (group.length === 1 && prev?.kind === 'paragraph' && ['text', 'short'].includes(kindAt(i - 1))
          && !/[.!?:;]$/.test(prev.text) && /^[a-z(]/.test(text)) {
          prev.text = `${prev.text} ${text}`;
          prev.links.push(...links);
        } else {
          blocks.push(block('paragraph', text, 0, links));
        }
        break;
      }
    }
  }
  return { title: title ?? titleOf(blocks), url: null, blocks };
}
