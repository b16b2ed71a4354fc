// Command line: `npm run --silent analyse -- [--format json|text|csv] [--url URL] FILE|FOLDER...`
// Prints one NoticeSummary per file, in order, as a JSON array (the default when standard output
// is not a terminal), as text for people, or as CSV (the compare page's columns). A folder stands
// for every notice file in it. A file that cannot be read gets a message on standard error; the
// others are still done, and the exit status is 1. Long runs show progress on standard error.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { toCsv } from '../core/library/csv';
import { analyseDocument } from '../core/analyse';
import type { NoticeSummary } from '../core/types';
import { formatText } from '../core/plain/as-text';
import { NOTICE_EXTENSIONS, readNoticeFile } from './read-input';

type Format = 'json' | 'text' | 'csv';
interface Options { format: Format; url: string | null; files: string[] }

const USAGE = `Usage: npm run --silent analyse -- [--format json|text|csv] [--url URL] FILE|FOLDER...
  FILE      a saved page (.html, .htm), plain text (.txt) or Markdown (.md)
  FOLDER    every such file in the folder
  --format  json (default when output is piped), text (default in a terminal), or csv
  --url     the page's web address, when one file is given`;
/** Progress is worth showing from this many files on. */
const PROGRESS_FROM = 20;

export function parseArgs(argv: string[], isTty: boolean): Options | string {
  const opts: Options = { format: isTty ? 'text' : 'json', url: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return USAGE;
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.split('=')[1] : argv[++i];
      if (v !== 'json' && v !== 'text' && v !== 'csv') return `Unknown format "${v ?? ''}". Use json, text or csv.\n\n${USAGE}`;
      opts.format = v;
    } else if (a === '--url' || a.startsWith('--url=')) {
      const v = a.includes('=') ? a.split('=').slice(1).join('=') : argv[++i];
      if (!v) return `--url needs a web address.\n\n${USAGE}`;
      opts.url = v;
    } else if (a.startsWith('--')) {
      return `Unknown option "${a}".\n\n${USAGE}`;
    } else {
      opts.files.push(a);
    }
  }
  if (!opts.files.length) return `No files given.\n\n${USAGE}`;
  if (opts.url && opts.files.length > 1) return `--url can only be used with one file.\n\n${USAGE}`;
  return opts;
}

function describeError(file: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EACCES') return `${file}: permission denied`;
  if (code === 'EISDIR') return `${file}: is a folder, not a file`;
  return `${file}: could not be read (${err instanceof Error ? err.message : String(err)})`;
}

/** Files first, in the order given; a folder becomes its notice files in name order. */
async function expand(paths: string[], err: NodeJS.WritableStream): Promise<{ files: string[]; failed: boolean }> {
  const files: string[] = [];
  let failed = false;
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) {
        const names = (await readdir(path)).filter((n) => NOTICE_EXTENSIONS.includes(extname(n).toLowerCase())).sort();
        if (!names.length) {
          failed = true;
          err.write(`plain-notice: ${path}: no notice files (.html, .htm, .txt, .md) in this folder\n`);
        }
        files.push(...names.map((n) => join(path, n)));
        continue;
      }
    } catch {
      // Not there: reading it below gives the clear message.
    }
    files.push(path);
  }
  return { files, failed };
}

export async function run(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream, isTty: boolean): Promise<number> {
  const opts = parseArgs(argv, isTty);
  if (typeof opts === 'string') {
    err.write(`${opts}\n`);
    return opts === USAGE ? 0 : 2;
  }
  const expanded = await expand(opts.files, err);
  const files = expanded.files;
  const summaries: NoticeSummary[] = [];
  let failed = expanded.failed;
  const bar = files.length >= PROGRESS_FROM
    ? new SingleBar({ stream: err, noTTYOutput: true, notTTYSchedule: 1000, format: 'Reading notices [{bar}] {value}/{total} {percentage}% {eta_formatted} left', hideCursor: false }, undefined)
    : null;
  bar?.start(files.length, 0);
  for (const file of files) {
    try {
      if ((await stat(file)).isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
      const doc = await readNoticeFile(file, opts.url);
      const summary = analyseDocument(doc, { analysedAt: new Date().toISOString() });
      summaries.push(summary);
      if (opts.format === 'text') out.write(`${formatText(summary, file)}\n`);
    } catch (e) {
      failed = true;
      bar?.stop();
      err.write(`plain-notice: ${describeError(file, e)}\n`);
      bar?.start(files.length, summaries.length);
    }
    bar?.increment();
  }
  bar?.stop();
  if (opts.format === 'json') out.write(`${JSON.stringify(summaries, null, 2)}\n`);
  if (opts.format === 'csv') out.write(`${toCsv(summaries.map((summary) => ({ summary })))}\n`);
  return failed ? 1 : 0;
}

const isMain = process.argv[1] && /main\.[cm]?[jt]s$/.test(process.argv[1]);
if (isMain) {
  run(process.argv.slice(2), process.stdout, process.stderr, !!process.stdout.isTTY).then((code) => {
    process.exitCode = code;
  });
}
