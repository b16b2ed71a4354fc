// A web address → the document model, through the polite fetcher: HTML (with the page's links,
// for following), plain text or Markdown, and PDF. Any other type is refused before its body
// is downloaded.
import type { Link, NoticeDocument } from '../../core/document';
import { looksLikePdf } from '../../core/input/pdf-read';
import { blocksFromText } from '../../core/input/text';
import { documentFromPdf } from '../read-pdf';
import { documentFromDom, parseHtmlPage } from '../read-input';
import { FetchError } from './errors';
import type { Fetcher } from './fetcher';

const KIND_OF_TYPE: Record<string, 'html' | 'text' | 'pdf' | 'sniff'> = {
  'text/html': 'html', 'application/xhtml+xml': 'html',
  'text/plain': 'text', 'text/markdown': 'text', 'text/x-markdown': 'text',
  'application/pdf': 'pdf', 'application/x-pdf': 'pdf',
  // Some servers send PDFs as a download of unknown type; the first bytes decide.
  'application/octet-stream': 'sniff', '': 'sniff',
};

export const acceptedType = (contentType: string): boolean => contentType in KIND_OF_TYPE;

export const isWebAddress = (arg: string): boolean => /^https?:\/\//i.test(arg);

export interface WebPage { url: string; doc: NoticeDocument; links: Link[] }

/** Every link on an HTML page, made absolute, without fragments. */
function pageLinks(document: Document, base: string): Link[] {
  const links: Link[] = [];
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    try {
      const url = new URL(a.getAttribute('href') ?? '', base);
      url.hash = '';
      links.push({ href: url.href, text: (a.textContent ?? '').replace(/\s+/g, ' ').trim() });
    } catch {
      // Not an address: nothing to follow.
    }
  }
  return links;
}

export async function readWebPage(fetcher: Fetcher, url: string): Promise<WebPage> {
  const got = await fetcher.get(url);
  const kind = KIND_OF_TYPE[got.contentType] ?? 'sniff';
  // The address the engine knows is the one the content came from.
  const at = got.finalUrl;
  if (kind === 'pdf' || looksLikePdf(got.body)) return { url: at, doc: await documentFromPdf(got.body, at), links: [] };
  if (kind === 'sniff') throw new FetchError('type', `not a page or PDF that can be read (${got.contentType || 'no content type'})`);
  const source = got.body.toString('utf8');
  if (kind === 'text') return { url: at, doc: { ...blocksFromText(source), url: at }, links: [] };
  const { document, truncated } = parseHtmlPage(source);
  return { url: at, doc: documentFromDom(document, truncated, at), links: pageLinks(document, at) };
}
