// npm run bench: performance targets, measured (never asserted in unit tests).
// Engine time per notice (after warm-up) for the seed-sized notices and a 200 KB notice, the
// 10 MB page, and the whole command line on the seeds. Prints a table; writes bench/results/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseDocument } from '../src/core/analyse';
import type { NoticeDocument } from '../src/core/document';
import { documentFromSource, kindOfFile } from '../src/cli/read-input';
import { median, printRows, saveResults, type Row } from './report';

const ROOT = join(import.meta.dirname, '..');
const SEEDS = join(ROOT, '..', 'shared', 'corpus', 'seeds');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const at = '2026-01-01T00:00:00.000Z';

function timeIt(fn: () => void, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

function load(dir: string, files: string[]): { name: string; source: string; kind: 'html' | 'text' }[] {
  return files.map((f) => {
    const source = readFileSync(join(dir, f), 'utf8');
    return { name: f, source, kind: kindOfFile(f, source) };
  });
}

const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => /\.(?:txt|md|html?)$/.test(f)) : [];
const notices = seedFiles.length ? load(SEEDS, seedFiles) : load(FIXTURES, ['question-headings.txt', 'numbered-pdf.txt', 'run-on-lists.md', 'accordion.html']);
const rows: Row[] = [];

// Seed-sized notices: engine only (document already read), and read + engine.
const docs: NoticeDocument[] = notices.map((n) => documentFromSource(n.source, n.kind));
const engine = docs.map((d) => timeIt(() => analyseDocument(d, { analysedAt: at }), 15));
rows.push({ measure: `engine, median of ${docs.length} seed-sized notices (${Math.round(median(notices.map((n) => n.source.length)) / 1024)} KB median)`, value: median(engine), unit: 'ms', target: 20 });
const full = notices.map((n) => timeIt(() => analyseDocument(documentFromSource(n.source, n.kind), { analysedAt: at }), 15));
rows.push({ measure: 'read + engine, median per seed-sized notice', value: median(full), unit: 'ms' });

// A 20 KB and a 200 KB notice built from the sample's sections.
const sample = readFileSync(join(ROOT, 'samples', 'council-tax-privacy-notice.html'), 'utf8');
const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(sample)![1]!;
for (const kb of [20, 200]) {
  const body = main.repeat(Math.ceil((kb * 1024) / main.length));
  const doc = documentFromSource(`<title>Privacy notice</title><main>${body}</main>`, 'html');
  rows.push({ measure: `engine, ${kb} KB notice`, value: timeIt(() => analyseDocument(doc, { analysedAt: at }), kb === 20 ? 15 : 7), unit: 'ms', target: kb === 20 ? 20 : undefined });
}

// The 10 MB page (read from HTML, then the engine reads its first 1 MB of text).
const section = '<h2>How long we keep your information</h2><p>We keep records for 6 years after the case closes. We share your data with the police and other councils.</p><ul><li>name</li><li>address</li></ul>';
const huge = `<title>Privacy notice</title><main>${section.repeat(Math.ceil(10_000_000 / section.length))}</main>`;
const hugeDoc = documentFromSource(huge, 'html');
rows.push({ measure: 'engine, 10 MB page (document already read)', value: timeIt(() => analyseDocument(hugeDoc, { analysedAt: at }), 3, 1), unit: 'ms', target: 2000 });
const items = `<title>Privacy notice</title><main><p>We may share your information with:</p><ul>${'<li>a partner organisation</li>'.repeat(50_000)}</ul></main>`;
const itemsDoc = documentFromSource(items, 'html');
rows.push({ measure: 'engine, page with 50 000 list items', value: timeIt(() => analyseDocument(itemsDoc, { analysedAt: at }), 3, 1), unit: 'ms', target: 2000 });

// Whole process: the command line on the seeds, as the scorer runs it.
if (seedFiles.length) {
  const args = ['run', '--silent', 'analyse', '--', ...seedFiles.map((f) => join(SEEDS, f))];
  spawnSync('npm', args, { cwd: ROOT }); // builds the CLI bundle if stale
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8' });
    times.push(performance.now() - t);
  }
  rows.push({ measure: `npm run analyse on the ${seedFiles.length} seeds, whole process`, value: median(times), unit: 'ms', target: 1500 });
}

// Batch: notices per second for the command line over a folder of 100 notices (CSV out).
{
  const dir = mkdtempSync(join(tmpdir(), 'pn-bench-'));
  const base = readFileSync(join(FIXTURES, 'question-headings.txt'), 'utf8');
  for (let i = 0; i < 100; i++) writeFileSync(join(dir, `n${i}.txt`), base.replace('2 years', `${(i % 9) + 1} years`));
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'cli.mjs'), '--format', 'csv', dir], { cwd: ROOT, encoding: 'utf8' });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`batch run failed: ${r.stderr}`);
  rows.push({ measure: 'command line batch, 100 notices to CSV (whole process)', value: 100 / seconds, unit: 'notices/s' });
  rmSync(dir, { recursive: true, force: true });
}

printRows(rows);
saveResults('engine', { rows });
