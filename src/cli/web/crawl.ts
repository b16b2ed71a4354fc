// --follow: from each starting page (a council's "privacy notices" index), read the page, then
// the same-site links whose words or address look like a privacy notice, breadth first, to a
// depth and a page limit. Every loop is bounded by those two numbers and a set of addresses seen.
import type { Link } from '../../core/document';
import type { WebPage } from './read-web';

export interface CrawlLimits { depth: number; maxPages: number }
export const DEFAULT_CRAWL: CrawlLimits = { depth: 2, maxPages: 200 };

export type CrawlResult =
  | { url: string; depth: number; page: WebPage }
  | { url: string; depth: number; error: unknown };

/** Words in a link's text or address that suggest a privacy notice (or a list of them). */
const NOTICE_LINK = /privacy|data[\s_-]*protection|fair[\s_-]*processing|gdpr|personal[\s_-]*(?:data|information)|how[\s_-]*we[\s_-]*use[\s_-]*your/i;
/** Files that are never notices. */
const NOT_A_PAGE = /\.(?:jpe?g|png|gif|svg|webp|zip|docx?|xlsx?|pptx?|csv|mp[34]|css|js|ics)$/i;

const site = (host: string) => host.toLowerCase().replace(/^www\./, '');

export function looksLikeNoticeLink(link: Link, from: string): boolean {
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (site(url.hostname) !== site(new URL(from).hostname) || NOT_A_PAGE.test(url.pathname)) return false;
  return NOTICE_LINK.test(link.text) || NOTICE_LINK.test(decodeURIComponent(url.pathname));
}

/**
 * Reads the starting pages and what they lead to; yields one result per address read (or
 * failed), in the order read. `read` does the fetching, so the walk itself needs no network.
 */
export async function* crawl(starts: string[], read: (url: string) => Promise<WebPage>, limits: CrawlLimits, onQueued?: (total: number) => void): AsyncGenerator<CrawlResult> {
  const seen = new Set<string>();
  const queue: { url: string; depth: number }[] = [];
  const enqueue = (url: string, depth: number) => {
    if (seen.has(url) || seen.size >= limits.maxPages) return;
    seen.add(url);
    queue.push({ url, depth });
  };
  for (const s of starts) enqueue(new URL(s).href, 0);
  onQueued?.(queue.length);
  while (queue.length) {
    const { url, depth } = queue.shift()!;
    let page: WebPage;
    try {
      page = await read(url);
    } catch (error) {
      yield { url, depth, error };
      continue;
    }
    // A redirect may land on a page already read from another address.
    seen.add(page.url);
    yield { url, depth, page };
    if (depth >= limits.depth) continue;
    for (const link of page.links) if (looksLikeNoticeLink(link, page.url)) enqueue(link.href, depth + 1);
    onQueued?.(seen.size);
  }
}
