import { describe, expect, it } from 'vitest';
import type { Link } from '../../core/document';
import { crawl, looksLikeNoticeLink, type CrawlResult } from './crawl';
import type { WebPage } from './read-web';

const ORIGIN = 'https://www.council.example';
/** A site as a map of address → its links; reading records the order. */
function fakeSite(links: Record<string, Link[]>) {
  const read: string[] = [];
  return {
    read,
    reader: async (url: string): Promise<WebPage> => {
      read.push(url);
      if (!(url in links)) throw new Error('not found');
      return { url, doc: { title: url, url, blocks: [] }, links: links[url]! };
    },
  };
}
const l = (path: string, text: string): Link => ({ href: `${ORIGIN}${path}`, text });
async function all(gen: AsyncGenerator<CrawlResult>): Promise<CrawlResult[]> {
  const out: CrawlResult[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

describe('following notice links', () => {
  it('follows same-site links whose words or address look like a privacy notice', () => {
    const from = `${ORIGIN}/privacy`;
    expect(looksLikeNoticeLink(l('/a', 'Council tax privacy notice'), from)).toBe(true);
    expect(looksLikeNoticeLink(l('/services/data-protection/benefits', 'Benefits'), from)).toBe(true);
    expect(looksLikeNoticeLink(l('/fair-processing', 'Schools'), from)).toBe(true);
    expect(looksLikeNoticeLink({ href: 'https://council.example/gdpr', text: 'GDPR' }, from)).toBe(true);
    expect(looksLikeNoticeLink(l('/bins', 'Bin collections'), from)).toBe(false);
    expect(looksLikeNoticeLink({ href: 'https://other.example/privacy', text: 'Privacy notice' }, from)).toBe(false);
    expect(looksLikeNoticeLink({ href: 'mailto:dpo@council.example', text: 'privacy team' }, from)).toBe(false);
    expect(looksLikeNoticeLink(l('/privacy-poster.jpg', 'Privacy poster'), from)).toBe(false);
  });

  it('reads breadth first to the depth asked for, each address once', async () => {
    const site = fakeSite({
      [`${ORIGIN}/privacy`]: [l('/a-privacy', 'A'), l('/b-privacy', 'B'), l('/a-privacy', 'A again'), l('/bins', 'Bins')],
      [`${ORIGIN}/a-privacy`]: [l('/a/deeper-privacy', 'deeper'), l('/privacy', 'back')],
      [`${ORIGIN}/b-privacy`]: [],
      [`${ORIGIN}/a/deeper-privacy`]: [l('/a/deepest-privacy', 'deepest')],
    });
    const results = await all(crawl([`${ORIGIN}/privacy`], site.reader, { depth: 2, maxPages: 200 }));
    expect(site.read).toEqual([`${ORIGIN}/privacy`, `${ORIGIN}/a-privacy`, `${ORIGIN}/b-privacy`, `${ORIGIN}/a/deeper-privacy`]);
    expect(results.map((r) => r.depth)).toEqual([0, 1, 1, 2]);
    const shallow = fakeSite({ [`${ORIGIN}/privacy`]: [l('/a-privacy', 'A')] });
    await all(crawl([`${ORIGIN}/privacy`], shallow.reader, { depth: 0, maxPages: 200 }));
    expect(shallow.read).toEqual([`${ORIGIN}/privacy`]);
  });

  it('stops at the page limit, even on a site of endless notice links', async () => {
    const read: string[] = [];
    const endless = async (url: string): Promise<WebPage> => {
      read.push(url);
      const n = Number(/(\d+)$/.exec(url)?.[1] ?? 0);
      return { url, doc: { title: null, url, blocks: [] }, links: [l(`/privacy-${n + 1}`, 'next'), l(`/privacy-${n + 1000}`, 'other')] };
    };
    const results = await all(crawl([`${ORIGIN}/privacy-0`], endless, { depth: 1000, maxPages: 25 }));
    expect(results).toHaveLength(25);
    expect(new Set(read).size).toBe(25);
  });

  it('reports a page that fails and carries on with the rest', async () => {
    const site = fakeSite({ [`${ORIGIN}/privacy`]: [l('/gone-privacy', 'gone'), l('/b-privacy', 'B')], [`${ORIGIN}/b-privacy`]: [] });
    const results = await all(crawl([`${ORIGIN}/privacy`], site.reader, { depth: 2, maxPages: 200 }));
    expect(results.map((r) => ('error' in r ? `failed ${r.url}` : r.url))).toEqual([`${ORIGIN}/privacy`, `failed ${ORIGIN}/gone-privacy`, `${ORIGIN}/b-privacy`]);
  });
});
