// The command line's options, read from argv into one typed object (or a message for the user).
import { DEFAULT_CRAWL } from './web/crawl';
import { DEFAULT_FETCH } from './web/fetcher';

export type Format = 'json' | 'text' | 'csv' | 'html';
export interface Options {
  format: Format;
  url: string | null;
  follow: boolean;
  depth: number;
  maxPages: number;
  /** Requests per second per host (0 = no limit). */
  rate: number;
  timeoutMs: number;
  cacheDir: string;
  refresh: boolean;
  inputs: string[];
}

export const USAGE = `Usage: npm run --silent analyse -- [options] FILE|FOLDER|URL...
  FILE         a saved page (.html, .htm), plain text (.txt), Markdown (.md) or a PDF (.pdf)
  FOLDER       every such file in the folder
  URL          a web address (http:// or https://), fetched politely and read
  --format     json (default when output is piped), text (default in a terminal), csv, or
               html (one report page to publish)
  --url        the page's web address, when one file is given
  --follow     treat each URL as a starting page and also read the privacy notices it links to
  --depth      how many links deep --follow goes (default ${DEFAULT_CRAWL.depth})
  --max-pages  the most pages --follow reads (default ${DEFAULT_CRAWL.maxPages})
  --rate       requests per second to each site (default ${DEFAULT_FETCH.rate}; 0 for no limit)
  --timeout    seconds to wait for a page (default ${DEFAULT_FETCH.timeoutMs / 1000})
  --cache      folder for fetched pages (default .plain-notice-cache); reruns read from it
  --refresh    fetch again, asking the site whether each cached page changed`;

type Setter = (o: Options, value: string) => string | null;
const number = (name: string, min: number, set: (o: Options, n: number) => void): Setter => (o, v) => {
  const n = Number(v);
  if (!v || !Number.isFinite(n) || n < min) return `${name} needs a number of at least ${min}, not "${v}".`;
  set(o, n);
  return null;
};

/** Options that take a value, and how each is stored. */
const WITH_VALUE: Record<string, Setter> = {
  '--format': (o, v) => {
    if (v !== 'json' && v !== 'text' && v !== 'csv' && v !== 'html') return `Unknown format "${v}". Use json, text, csv or html.`;
    o.format = v;
    return null;
  },
  '--url': (o, v) => (v ? ((o.url = v), null) : '--url needs a web address.'),
  '--depth': number('--depth', 0, (o, n) => { o.depth = Math.floor(n); }),
  '--max-pages': number('--max-pages', 1, (o, n) => { o.maxPages = Math.floor(n); }),
  '--rate': number('--rate', 0, (o, n) => { o.rate = n; }),
  '--timeout': number('--timeout', 0.01, (o, n) => { o.timeoutMs = Math.round(n * 1000); }),
  '--cache': (o, v) => (v ? ((o.cacheDir = v), null) : '--cache needs a folder.'),
};
const FLAGS: Record<string, (o: Options) => void> = {
  '--follow': (o) => { o.follow = true; },
  '--refresh': (o) => { o.refresh = true; },
};

export function parseArgs(argv: string[], isTty: boolean): Options | string {
  const opts: Options = {
    format: isTty ? 'text' : 'json', url: null, follow: false, depth: DEFAULT_CRAWL.depth, maxPages: DEFAULT_CRAWL.maxPages,
    rate: DEFAULT_FETCH.rate, timeoutMs: DEFAULT_FETCH.timeoutMs, cacheDir: '.plain-notice-cache', refresh: false, inputs: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return USAGE;
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (WITH_VALUE[name]) {
      const problem = WITH_VALUE[name](opts, inline ?? argv[++i] ?? '');
      if (problem) return `${problem}\n\n${USAGE}`;
    } else if (FLAGS[name] && inline === undefined) {
      FLAGS[name](opts);
    } else if (a.startsWith('--')) {
      return `Unknown option "${a}".\n\n${USAGE}`;
    } else {
      opts.inputs.push(a);
    }
  }
  if (!opts.inputs.length) return `No files or addresses given.\n\n${USAGE}`;
  if (opts.url && opts.inputs.length > 1) return `--url can only be used with one file.\n\n${USAGE}`;
  return opts;
}
