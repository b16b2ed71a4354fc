// Command line: `npm run --silent analyse -- [--format json|text] [--url URL] FILE...`
// Prints one NoticeSummary per file, in order, as a JSON array (the default when standard output
// is not a terminal) or as text for people. A file that cannot be read gets a message on standard
// error; the others are still done, and the exit status is 1.
import { stat } from 'node:fs/promises';
import { analyseDocument } from '../core/analyse';
import type { NoticeSummary } from '../core/types';
import { formatText } from '../core/plain/as-text';
import { readNoticeFile } from './read-input';

type Format = 'json' | 'text';
interface Options { format: Format; url: string | null; files: string[] }

const USAGE = `Usage: npm run --silent analyse -- [--format json|text] [--url URL] FILE...
  FILE      a saved page (.html, .htm), plain text (.txt) or Markdown (.md)
  --format  json (default when output is piped) or text (default in a terminal)
  --url     the page's web address, when one file is given`;

export function parseArgs(argv: string[], isTty: boolean): Options | string {
  const opts: Options = { format: isTty ? 'text' : 'json', url: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return USAGE;
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.split('=')[1] : argv[++i];
      if (v !== 'json' && v !== 'text') return `Unknown format "${v ?? ''}". Use json or text.\n\n${USAGE}`;
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

export async function run(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream, isTty: boolean): Promise<number> {
  const opts = parseArgs(argv, isTty);
  if (typeof opts === 'string') {
    err.write(`${opts}\n`);
    return opts === USAGE ? 0 : 2;
  }
  const summaries: NoticeSummary[] = [];
  let failed = false;
  for (const file of opts.files) {
    try {
      if ((await stat(file)).isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
      const doc = await readNoticeFile(file, opts.url);
      const summary = analyseDocument(doc, { analysedAt: new Date().toISOString() });
      summaries.push(summary);
      if (opts.format === 'text') out.write(`${formatText(summary, file)}\n`);
    } catch (e) {
      failed = true;
      err.write(`plain-notice: ${describeError(file, e)}\n`);
    }
  }
  if (opts.format === 'json') out.write(`${JSON.stringify(summaries, null, 2)}\n`);
  return failed ? 1 : 0;
}

const isMain = process.argv[1] && /main\.[cm]?[jt]s$/.test(process.argv[1]);
if (isMain) {
  run(process.argv.slice(2), process.stdout, process.stderr, !!process.stdout.isTTY).then((code) => {
    process.exitCode = code;
  });
}
