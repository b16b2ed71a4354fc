// The politeness rules, against a site served on 127.0.0.1 with short limits passed as options.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureSite, type FixtureSite } from '../../../tests/helpers/fixture-site';
import { diskCache, memoryCache } from './cache';
import { FetchError } from './errors';
import { politeFetcher, USER_AGENT, type FetchOptions } from './fetcher';
import { acceptedType } from './read-web';

let site: FixtureSite;
const dirs: string[] = [];
beforeAll(async () => { site = await startFixtureSite({ slowMs: 2000 }); });
afterAll(async () => { await site.close(); });
afterEach(() => { site.hits.length = 0; for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

const pauses: number[] = [];
const fetcher = (o: Partial<FetchOptions> = {}) => politeFetcher({
  cache: memoryCache(), rate: 0, timeoutMs: 2000, maxBytes: 20 * 1024 * 1024, retries: 2, backoffMs: 5, maxRedirects: 5,
  refresh: false, accept: acceptedType, pause: async (ms) => { pauses.push(ms); await new Promise((r) => setTimeout(r, ms)); }, ...o,
});
const problemOf = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(FetchError);
  return e as FetchError;
};

describe('polite fetcher', () => {
  it('names itself, reads robots.txt once per site, and never requests what robots.txt disallows', async () => {
    const f = fetcher();
    const got = await f.get(`${site.origin}/notices/parking-permits`);
    expect(got.body.toString()).toContain('Parking permits privacy notice');
    await f.get(`${site.origin}/notices/council-tax.html`);
    const refused = await problemOf(f.get(`${site.origin}/notices/private/staff-privacy-notice.html`));
    expect(refused.problem).toBe('robots');
    expect(refused.message).toMatch(/robots\.txt/);
    expect(site.paths()).toEqual(['/robots.txt', '/notices/parking-permits', '/notices/council-tax.html']);
    expect(USER_AGENT).toMatch(/^PlainNotice\/\d+\.\d+\.\d+ /);
    for (const h of site.hits) expect(h.headers['user-agent']).toBe(USER_AGENT);
  });

  it('waits between requests to the same host at the rate asked for', async () => {
    const f = fetcher({ rate: 5 });
    const start = Date.now();
    for (const p of ['/notices/', '/notices/parking-permits', '/notices/council-tax.html']) await f.get(`${site.origin}${p}`);
    // robots.txt + 3 pages = 4 requests at 5 per second: at least 3 gaps of 200 ms.
    const gaps = site.hits.slice(1).map((h, i) => h.at - site.hits[i]!.at);
    expect(gaps).toHaveLength(3);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(190);
    expect(Date.now() - start).toBeGreaterThanOrEqual(590);
  });

  it('retries server errors twice with a doubling pause, then gives up with a clear message', async () => {
    pauses.length = 0;
    const got = await fetcher().get(`${site.origin}/flaky.html`);
    expect(got.via).toBe('network');
    expect(site.paths().filter((p) => p === '/flaky.html')).toHaveLength(3);
    expect(pauses).toEqual([5, 10]);
    site.hits.length = 0;
    const down = await problemOf(fetcher().get(`${site.origin}/down.html`));
    expect(down.message).toBe('the server failed (HTTP 500)');
    expect(site.paths().filter((p) => p === '/down.html')).toHaveLength(3);
  });

  it('does not retry a missing page', async () => {
    const missing = await problemOf(fetcher().get(`${site.origin}/notices/old-privacy-notice.html`));
    expect(missing.message).toBe('the page was not found (HTTP 404)');
    expect(site.paths().filter((p) => p === '/notices/old-privacy-notice.html')).toHaveLength(1);
  });

  it('follows redirects, knows the final address, and stops a loop or a long chain', async () => {
    const moved = await fetcher().get(`${site.origin}/moved`);
    expect(moved.finalUrl).toBe(`${site.origin}/notices/parking-permits`);
    const loop = await problemOf(fetcher().get(`${site.origin}/loop-a`));
    expect(loop.problem).toBe('redirects');
    expect(loop.message).toMatch(/redirects in a loop/);
    const short = await problemOf(fetcher({ maxRedirects: 0 }).get(`${site.origin}/moved`));
    expect(short.message).toBe('more than 0 redirects');
  });

  it('stops at the size cap, declared or counted', async () => {
    const counted = await problemOf(fetcher().get(`${site.origin}/big.html`));
    expect(counted.problem).toBe('too-large');
    expect(counted.message).toBe('the page is larger than the 20 MB limit');
    const declared = await problemOf(fetcher({ maxBytes: 1024 * 1024 }).get(`${site.origin}/declared-big.html`));
    expect(declared.message).toBe('the page is larger than the 1 MB limit');
  });

  it('gives up on a slow page after the timeout', async () => {
    const start = Date.now();
    const slow = await problemOf(fetcher({ timeoutMs: 300 }).get(`${site.origin}/slow.html`));
    expect(slow.problem).toBe('timeout');
    expect(slow.message).toBe('the server took too long to answer');
    expect(Date.now() - start).toBeLessThan(1500);
  });

  it('reads only http and https, and only pages, text and PDFs', async () => {
    expect((await problemOf(fetcher().get('ftp://127.0.0.1/notice.html'))).problem).toBe('protocol');
    expect((await problemOf(fetcher().get('file:///etc/passwd'))).problem).toBe('protocol');
    const image = await problemOf(fetcher().get(`${site.origin}/logo.png`));
    expect(image.message).toBe('not a page or PDF that can be read (image/png)');
  });

  it('keeps no cookies', async () => {
    const f = fetcher();
    await f.get(`${site.origin}/etag.html`);
    await f.get(`${site.origin}/notices/`);
    expect(site.hits.every((h) => h.headers.cookie === undefined)).toBe(true);
  });

  it('reads a rerun from the disk cache with no request, and --refresh revalidates with ETag and Last-Modified', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pn-cache-'));
    dirs.push(dir);
    const first = fetcher({ cache: diskCache(dir) });
    expect((await first.get(`${site.origin}/etag.html`)).via).toBe('network');
    expect((await first.get(`${site.origin}/lastmod.html`)).via).toBe('network');
    site.hits.length = 0;

    const rerun = fetcher({ cache: diskCache(dir) });
    const cached = await rerun.get(`${site.origin}/etag.html`);
    expect(cached.via).toBe('cache');
    expect(cached.body.toString()).toContain('Parking permits privacy notice');
    expect(site.hits).toHaveLength(0);

    const refresh = fetcher({ cache: diskCache(dir), refresh: true });
    const etag = await refresh.get(`${site.origin}/etag.html`);
    const lastmod = await refresh.get(`${site.origin}/lastmod.html`);
    expect([etag.via, lastmod.via]).toEqual(['revalidated', 'revalidated']);
    expect(lastmod.body.toString()).toContain('Parking permits privacy notice');
    const pageHits = site.hits.filter((h) => h.path !== '/robots.txt');
    expect(pageHits.map((h) => [h.path, h.headers['if-none-match'] ?? h.headers['if-modified-since']])).toEqual([
      ['/etag.html', '"v1"'], ['/lastmod.html', 'Tue, 03 Mar 2026 09:00:00 GMT'],
    ]);
  });

  it('treats a robots.txt that fails with a server error as "do not read", and a missing one as "read anything"', async () => {
    let robotsStatus = 500;
    const fake: typeof fetch = async (input) => {
      const url = String(input);
      if (url.endsWith('/robots.txt')) return new Response('', { status: robotsStatus });
      return new Response('<h1>Privacy notice</h1>', { status: 200, headers: { 'content-type': 'text/html' } });
    };
    const refused = await problemOf(fetcher({ fetch: fake, retries: 0 }).get('https://council.example/privacy'));
    expect(refused.problem).toBe('robots');
    robotsStatus = 404;
    expect((await fetcher({ fetch: fake }).get('https://council.example/privacy')).via).toBe('network');
  });

  it('says when a site cannot be found', async () => {
    // Node's fetch reports a failed DNS lookup as "fetch failed" with the resolver's code as cause.
    const noSuchHost: typeof fetch = async () => { throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }) }); };
    const dns = await problemOf(fetcher({ fetch: noSuchHost }).get('https://no-such-council.example/privacy'));
    expect(dns.problem).toBe('dns');
    expect(dns.message).toBe('no such site: no-such-council.example could not be found (DNS)');
  });
});
