// A polite web client for the command line (Node only): obeys robots.txt, names itself, waits
// between requests to the same host, gives up after a timeout or a size cap, retries network
// errors and server errors with back-off, follows at most a few redirects itself (so each hop
// is checked), speaks only http: and https:, keeps no cookies, and caches what it fetched.
import robotsParser from 'robots-parser';
import { version } from '../../../package.json';
import type { Cache, CacheEntry } from './cache';
import { FetchError, networkProblem, retryable } from './errors';
import { hostRateLimiter, sleep, type Sleep } from './rate-limit';

export const USER_AGENT = `PlainNotice/${version} (privacy notice reader for UK council residents; command line)`;
/** The name robots.txt rules are matched against. */
const ROBOTS_AGENT = 'PlainNotice';

/** The limits, each with a default (DEFAULT_FETCH). */
export interface FetchLimits {
  /** Requests per second per host; 0 turns the limit off. */
  rate: number;
  timeoutMs: number;
  maxBytes: number;
  retries: number;
  /** The first pause before a retry; each later one doubles. */
  backoffMs: number;
  maxRedirects: number;
  /** Fetch again (revalidating with ETag / Last-Modified) instead of using the cache. */
  refresh: boolean;
}

export interface FetchOptions extends Partial<FetchLimits> {
  cache: Cache;
  /** Content types worth downloading; others stop before the body is read. */
  accept: (contentType: string) => boolean;
  userAgent?: string;
  pause?: Sleep;
  /** The HTTP client (Node's fetch); tests may stand in a failing one. */
  fetch?: typeof fetch;
}

export const DEFAULT_FETCH: FetchLimits = {
  rate: 1, timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024, retries: 2, backoffMs: 1000, maxRedirects: 5, refresh: false,
};

export interface Fetched {
  url: string;
  finalUrl: string;
  contentType: string;
  body: Buffer;
  /** 'cache': read from disk with no request; 'revalidated': the server said 304. */
  via: 'network' | 'cache' | 'revalidated';
}

export interface Fetcher {
  get(url: string): Promise<Fetched>;
  /** Every request sent, in order ("GET url"), for reports and tests. */
  readonly log: string[];
}

type Robots = { isAllowed(url: string, ua?: string): boolean | undefined };
const ALLOW_ALL: Robots = { isAllowed: () => true };
const DENY_ALL: Robots = { isAllowed: () => false };

function checkProtocol(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('protocol', `only http: and https: addresses are read, not ${url.protocol}`);
}

async function readCapped(res: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  const tooLarge = () => new FetchError('too-large', `the page is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit`);
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export function politeFetcher(options: FetchOptions): Fetcher {
  const o = { ...DEFAULT_FETCH, ...options };
  const pause = o.pause ?? sleep;
  const limiter = hostRateLimiter(o.rate, Date.now, pause);
  const robotsByOrigin = new Map<string, Promise<Robots>>();
  const log: string[] = [];
  const userAgent = o.userAgent ?? USER_AGENT;

  /** One request, retried on network and server errors. Redirects come back as they are. */
  async function send(url: string, headers: Record<string, string>): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      await limiter.wait(new URL(url).hostname);
      log.push(`GET ${url}`);
      let problem: FetchError;
      try {
        const res = await (o.fetch ?? fetch)(url, {
          headers: { 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5', ...headers },
          redirect: 'manual', credentials: 'omit', signal: AbortSignal.timeout(o.timeoutMs),
        });
        if (res.status < 500) return res;
        await res.body?.cancel();
        problem = new FetchError('status', `the server failed (HTTP ${res.status})`, res.status);
      } catch (e) {
        problem = networkProblem(url, e);
      }
      if (!retryable(problem) || attempt >= o.retries) throw problem;
      await pause(o.backoffMs * 2 ** attempt);
    }
  }

  /** Follows redirects one hop at a time: each hop must be http(s), allowed, and new. */
  async function follow(start: string, conditional: Record<string, string>, check: (u: string) => Promise<void>): Promise<{ res: Response; finalUrl: string }> {
    const seen = new Set<string>();
    let url = start;
    for (let hop = 0; ; hop++) {
      seen.add(url);
      const res = await send(url, hop === 0 ? conditional : {});
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || res.status === 304 || !location) return { res, finalUrl: url };
      await res.body?.cancel();
      const next = new URL(location, url);
      next.hash = '';
      checkProtocol(next);
      if (seen.has(next.href)) throw new FetchError('redirects', `the address redirects in a loop (back to ${next.href})`);
      if (hop + 1 > o.maxRedirects) throw new FetchError('redirects', `more than ${o.maxRedirects} redirects`);
      await check(next.href);
      url = next.href;
    }
  }

  async function robotsFor(origin: string): Promise<Robots> {
    const robotsUrl = `${origin}/robots.txt`;
    let text: string;
    const cached = o.refresh ? null : await o.cache.get(robotsUrl);
    if (cached) {
      text = cached.meta.status >= 400 ? '' : cached.body.toString('utf8');
    } else {
      // RFC 9309: no robots.txt (4xx) allows everything; a server error means "do not crawl".
      const reached = await follow(robotsUrl, {}, async () => {}).catch((e: unknown) => {
        if (e instanceof FetchError && e.problem === 'status') return null;
        throw e;
      });
      if (!reached) return DENY_ALL;
      const { res } = reached;
      const body = res.status < 300 ? await readCapped(res, 512 * 1024) : Buffer.alloc(0);
      if (res.status >= 300) await res.body?.cancel();
      await o.cache.put({ meta: { url: robotsUrl, finalUrl: robotsUrl, status: res.status, contentType: res.headers.get('content-type') ?? '', etag: null, lastModified: null, fetchedAt: new Date().toISOString() }, body });
      text = res.status < 300 ? body.toString('utf8') : '';
    }
    return text.trim() ? robotsParser(robotsUrl, text) : ALLOW_ALL;
  }

  async function checkRobots(url: string): Promise<void> {
    const origin = new URL(url).origin;
    if (!robotsByOrigin.has(origin)) robotsByOrigin.set(origin, robotsFor(origin));
    const robots = await robotsByOrigin.get(origin)!;
    if (robots.isAllowed(url, ROBOTS_AGENT) === false) throw new FetchError('robots', 'the site’s robots.txt asks tools like this one not to read this address');
  }

  async function get(raw: string): Promise<Fetched> {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new FetchError('protocol', 'this is not a valid web address');
    }
    checkProtocol(parsed);
    parsed.hash = '';
    const url = parsed.href;
    const cached: CacheEntry | null = await o.cache.get(url);
    if (cached && !o.refresh) return { url, finalUrl: cached.meta.finalUrl, contentType: cached.meta.contentType, body: cached.body, via: 'cache' };
    await checkRobots(url);
    const conditional: Record<string, string> = {};
    if (cached?.meta.etag) conditional['if-none-match'] = cached.meta.etag;
    if (cached?.meta.lastModified) conditional['if-modified-since'] = cached.meta.lastModified;
    const { res, finalUrl } = await follow(url, conditional, checkRobots);
    if (res.status === 304 && cached) {
      await res.body?.cancel();
      return { url, finalUrl: cached.meta.finalUrl, contentType: cached.meta.contentType, body: cached.body, via: 'revalidated' };
    }
    if (res.status >= 300) {
      await res.body?.cancel();
      const what = res.status === 404 || res.status === 410 ? 'the page was not found' : res.status === 401 || res.status === 403 ? 'the site refused access' : 'the server did not return the page';
      throw new FetchError('status', `${what} (HTTP ${res.status})`, res.status);
    }
    const contentType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!o.accept(contentType)) {
      await res.body?.cancel();
      throw new FetchError('type', `not a page or PDF that can be read (${contentType || 'no content type'})`);
    }
    const body = await readCapped(res, o.maxBytes).catch((e: unknown) => { throw networkProblem(url, e); });
    await o.cache.put({
      meta: { url, finalUrl, status: res.status, contentType, etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified'), fetchedAt: new Date().toISOString() },
      body,
    });
    return { url, finalUrl, contentType, body, via: 'network' };
  }

  return { get, log };
}
