// The on-disk cache: one JSON file of response facts and one body file per address, named by a
// hash of the address. A rerun reads from here with no network; --refresh revalidates with the
// stored ETag / Last-Modified, and a 304 keeps the stored body.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CachedResponse {
  url: string;
  /** The address the content finally came from, after redirects. */
  finalUrl: string;
  status: number;
  contentType: string;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: string;
}

export interface CacheEntry { meta: CachedResponse; body: Buffer }

export interface Cache {
  get(url: string): Promise<CacheEntry | null>;
  put(entry: CacheEntry): Promise<void>;
}

const keyOf = (url: string) => createHash('sha256').update(url).digest('hex').slice(0, 40);

export function diskCache(dir: string): Cache {
  return {
    async get(url) {
      const key = keyOf(url);
      try {
        const meta = JSON.parse(await readFile(join(dir, `${key}.json`), 'utf8')) as CachedResponse;
        if (meta.url !== url) return null;
        return { meta, body: await readFile(join(dir, `${key}.body`)) };
      } catch {
        return null;
      }
    },
    async put({ meta, body }) {
      await mkdir(dir, { recursive: true });
      const key = keyOf(meta.url);
      // Body first: a meta file always has its body beside it.
      await writeFile(join(dir, `${key}.body`), body);
      await writeFile(join(dir, `${key}.json`), JSON.stringify(meta, null, 2));
    },
  };
}

/** For runs that must not write anything (and for tests). */
export function memoryCache(): Cache {
  const store = new Map<string, CacheEntry>();
  return { get: async (url) => store.get(url) ?? null, put: async (e) => void store.set(e.meta.url, e) };
}
