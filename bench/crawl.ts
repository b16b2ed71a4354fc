// Crawl measurements for `npm run bench`: `analyse --follow` over 200 pages served on 127.0.0.1
// (an index and 199 notices) with the rate limit off, as a whole process: pages per second from
// the network and again from the cache, and the process's peak memory (VmHWM, read from /proc
// while it runs).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureSite } from '../tests/helpers/fixture-site';
import { median, printRows, saveResults, type Row } from './report';

const ROOT = join(import.meta.dirname, '..');
const PAGES = 200;
const RUNS = 3;

/** Runs the command line; resolves with its wall time, CSV rows and peak resident memory (MB). */
function crawlOnce(args: string[]): Promise<{ seconds: number; rows: number; peakMb: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'cli.mjs'), ...args], { cwd: ROOT });
    let out = '';
    let err = '';
    let peakKb = 0;
    const sample = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch { /* gone already */ }
    }, 20);
    child.stdout.on('data', (d: Buffer) => { out += d; });
    child.stderr.on('data', (d: Buffer) => { err += d; });
    child.on('close', (code) => {
      clearInterval(sample);
      if (code !== 0) return reject(new Error(`crawl failed (${code}): ${err.slice(-500)}`));
      resolve({ seconds: (performance.now() - start) / 1000, rows: out.trim().split('\n').length - 1, peakMb: peakKb / 1024 });
    });
  });
}

async function main() {
  const site = await startFixtureSite({ extraPages: PAGES - 1 });
  const cache = mkdtempSync(join(tmpdir(), 'pn-bench-cache-'));
  try {
    // Build the command line's bundle first, so the timed runs do not include it.
    await crawlOnce(['--format', 'csv', '--rate', '0', '--cache', cache, '--refresh', `${site.origin}/notices/parking-permits`]);
    const args = ['--follow', '--format', 'csv', '--rate', '0', '--max-pages', String(PAGES), '--cache', cache, `${site.origin}/many/`];
    const network: Awaited<ReturnType<typeof crawlOnce>>[] = [];
    const cached: typeof network = [];
    for (let i = 0; i < RUNS; i++) {
      network.push(await crawlOnce([...args, '--refresh']));
      cached.push(await crawlOnce(args));
    }
    for (const r of [...network, ...cached]) if (r.rows !== PAGES) throw new Error(`expected ${PAGES} rows, got ${r.rows}`);
    const rows: Row[] = [
      { measure: `crawl ${PAGES} local pages, rate limit off, whole process`, value: median(network.map((r) => PAGES / r.seconds)), unit: 'pages/s' },
      { measure: `crawl ${PAGES} pages again from the cache (offline rerun)`, value: median(cached.map((r) => PAGES / r.seconds)), unit: 'pages/s' },
      { measure: `crawl ${PAGES} local pages, peak memory of the process`, value: median(network.map((r) => r.peakMb)), unit: 'MB', target: 512 },
    ];
    printRows(rows);
    saveResults('crawl', { rows });
  } finally {
    await site.close();
    rmSync(cache, { recursive: true, force: true });
  }
}

await main();
