// Command line: `npm run --silent analyse -- [options] FILE|FOLDER|URL...` (options.ts).
// Prints one NoticeSummary per page read, in order: a JSON array (the default when standard
// output is not a terminal), text for people, CSV (the compare page's columns) or one HTML report.
// A folder stands for every notice file in it; a web address is fetched politely (web/), and with
// --follow the privacy notices it links to are read too. Anything that cannot be read gets a
// message on standard error; the rest is still done, and the exit status is 1.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { analyseDocument } from '../core/analyse';
import type { NoticeDocument } from '../core/document';
import { PdfProblem } from '../core/input/pdf-read';
import { toCsv } from '../core/library/csv';
import { htmlReport } from '../core/library/report';
import { formatText } from '../core/plain/as-text';
import type { NoticeSummary } from '../core/types';
import { parseArgs, USAGE, type Options } from './options';
import { NOTICE_EXTENSIONS, readNoticeFile } from './read-input';
import { diskCache } from './web/cache';
import { crawl } from './web/crawl';
import { FetchError } from './web/errors';
import { politeFetcher } from './web/fetcher';
import { acceptedType, isWebAddress, readWebPage } from './web/read-web';

/** Progress is worth showing from this many inputs on, and always when following links. */
const PROGRESS_FROM = 20;

function describeError(input: string, err: unknown): string {
  if (err instanceof FetchError) return `${input}: ${err.message}`;
  if (err instanceof PdfProblem) return `${input}: ${err.message}`;
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `${input}: no such file`;
  if (code === 'EACCES') return `${input}: permission denied`;
  if (code === 'EISDIR') return `${input}: is a folder, not a file`;
  return `${input}: could not be read (${err instanceof Error ? err.message : String(err)})`;
}

/** Inputs in the order given; a folder becomes its notice files in name order. */
async function expand(inputs: string[], err: NodeJS.WritableStream): Promise<{ inputs: string[]; failed: boolean }> {
  const out: string[] = [];
  let failed = false;
  for (const input of inputs) {
    if (isWebAddress(input)) {
      out.push(input);
      continue;
    }
    try {
      if ((await stat(input)).isDirectory()) {
        const names = (await readdir(input)).filter((n) => NOTICE_EXTENSIONS.includes(extname(n).toLowerCase())).sort();
        if (!names.length) {
          failed = true;
          err.write(`plain-notice: ${input}: no notice files (.html, .htm, .txt, .md, .pdf) in this folder\n`);
        }
        out.push(...names.map((n) => join(input, n)));
        continue;
      }
    } catch {
      // Not there: reading it below gives the clear message.
    }
    out.push(input);
  }
  return { inputs: out, failed };
}

/** A read that succeeded or failed, for one address or file. */
type Outcome = { input: string; doc: NoticeDocument } | { input: string; error: unknown; quiet?: boolean };

/** Reads every input, yielding each page as it is read (following links when asked). */
async function* readAll(inputs: string[], opts: Options, setTotal: (n: number) => void): AsyncGenerator<Outcome> {
  const fetcher = politeFetcher({ cache: diskCache(opts.cacheDir), rate: opts.rate, timeoutMs: opts.timeoutMs, refresh: opts.refresh, accept: acceptedType });
  const read = (url: string) => readWebPage(fetcher, url);
  const files = inputs.filter((i) => !isWebAddress(i));
  const urls = inputs.filter(isWebAddress);
  for (const input of inputs) {
    if (isWebAddress(input)) {
      if (opts.follow) continue;
      try {
        yield { input, doc: (await read(input)).doc };
      } catch (error) {
        yield { input, error };
      }
      continue;
    }
    try {
      if ((await stat(input)).isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
      yield { input, doc: await readNoticeFile(input, opts.url) };
    } catch (error) {
      yield { input, error };
    }
  }
  if (opts.follow && urls.length) {
    for await (const r of crawl(urls, read, { depth: opts.depth, maxPages: opts.maxPages }, (n) => setTotal(files.length + n))) {
      // A link the site's robots.txt rules out is skipped, not a failure of the run.
      if ('error' in r) yield { input: r.url, error: r.error, quiet: r.depth > 0 && r.error instanceof FetchError && r.error.problem === 'robots' };
      else yield { input: r.url, doc: r.page.doc };
    }
  }
}

export async function run(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream, isTty: boolean): Promise<number> {
  const opts = parseArgs(argv, isTty);
  if (typeof opts === 'string') {
    err.write(`${opts}\n`);
    return opts === USAGE ? 0 : 2;
  }
  const expanded = await expand(opts.inputs, err);
  const summaries: NoticeSummary[] = [];
  let failed = expanded.failed;
  let total = expanded.inputs.length;
  const bar = total >= PROGRESS_FROM || opts.follow
    ? new SingleBar({ stream: err, noTTYOutput: true, notTTYSchedule: 1000, format: 'Reading notices [{bar}] {value}/{total} {percentage}% {eta_formatted} left', hideCursor: false }, undefined)
    : null;
  bar?.start(total, 0);
  let done = 0;
  for await (const outcome of readAll(expanded.inputs, opts, (n) => { total = n; bar?.setTotal(n); })) {
    done++;
    if ('error' in outcome) {
      if (!outcome.quiet) failed = true;
      bar?.stop();
      err.write(`plain-notice: ${describeError(outcome.input, outcome.error)}${outcome.quiet ? ' (skipped)' : ''}\n`);
      bar?.start(total, done);
      continue;
    }
    const summary = analyseDocument(outcome.doc, { analysedAt: new Date().toISOString() });
    summaries.push(summary);
    if (opts.format === 'text') out.write(`${formatText(summary, outcome.input)}\n`);
    bar?.update(done);
  }
  bar?.stop();
  if (opts.format === 'json') out.write(`${JSON.stringify(summaries, null, 2)}\n`);
  if (opts.format === 'csv') out.write(`${toCsv(summaries.map((summary) => ({ summary })))}\n`);
  if (opts.format === 'html') out.write(htmlReport(summaries, { generatedAt: new Date().toISOString() }));
  return failed ? 1 : 0;
}

const isMain = process.argv[1] && /main\.[cm]?[jt]s$/.test(process.argv[1]);
if (isMain) {
  run(process.argv.slice(2), process.stdout, process.stderr, !!process.stdout.isTTY).then((code) => {
    process.exitCode = code;
  });
}
