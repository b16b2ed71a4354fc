import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureSite, type FixtureSite } from '../../../tests/helpers/fixture-site';
import { memoryCache } from './cache';
import { FetchError } from './errors';
import { politeFetcher } from './fetcher';
import { acceptedType, isWebAddress, readWebPage } from './read-web';

let site: FixtureSite;
beforeAll(async () => { site = await startFixtureSite(); });
afterAll(async () => { await site.close(); });
const fetcher = () => politeFetcher({ cache: memoryCache(), rate: 0, timeoutMs: 2000, maxBytes: 1e6, retries: 0, backoffMs: 1, maxRedirects: 5, refresh: false, accept: acceptedType });

describe('reading a web address', () => {
  it('reads HTML with its links made absolute and without fragments', async () => {
    const page = await readWebPage(fetcher(), `${site.origin}/notices/`);
    expect(page.doc.url).toBe(`${site.origin}/notices/`);
    expect(page.links).toContainEqual({ href: `${site.origin}/notices/council-tax.html`, text: 'Council tax privacy notice' });
    expect(page.links).toContainEqual({ href: 'https://elsewhere.example/privacy', text: 'Another council\'s privacy notice' });
  });

  it('reads a PDF sent as a download of unknown type by its first bytes, and refuses other downloads', async () => {
    const pdf = await readWebPage(fetcher(), `${site.origin}/download`);
    expect(pdf.doc.blocks[0]).toMatchObject({ kind: 'heading', text: 'School admissions privacy notice' });
    const other = await readWebPage(fetcher(), `${site.origin}/download.bin`).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(FetchError);
    expect((other as FetchError).message).toBe('not a page or PDF that can be read (application/octet-stream)');
  });

  it('reads Markdown and plain text as text', async () => {
    const md = await readWebPage(fetcher(), `${site.origin}/notice.md`);
    expect(md.doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    expect(md.links).toEqual([]);
  });

  it('checks each redirect against robots.txt before following it', async () => {
    const before = site.hits.length;
    const refused = await readWebPage(fetcher(), `${site.origin}/to-private`).catch((e: unknown) => e);
    expect((refused as FetchError).problem).toBe('robots');
    expect(site.paths().slice(before)).toEqual(['/robots.txt', '/to-private']);
  });

  it('knows a web address when it sees one', () => {
    expect(['https://a.example/x', 'HTTP://a.example', 'notices/a.html', 'ftp://a.example'].map(isWebAddress)).toEqual([true, true, false, false]);
  });
});
