// Browser measurements for `npm run bench`: the content script's first look and full read on a
// 1 MB council-style page, the popup's time from opening to a rendered summary, and the size of
// every built file. Runs in Debian's Chromium with the built extension; skips, saying why, without.
import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, DIST, launch, openTab, serve } from '../tests/e2e/harness';
import { hugePage, manyItemsPage } from '../tests/e2e/pages';
import { median, printRows, saveResults, type Row } from './report';

const ROOT = join(import.meta.dirname, '..');
const rows: Row[] = [];

function councilPage(bytes: number): string {
  const sample = readFileSync(join(ROOT, 'samples', 'council-tax-privacy-notice.html'), 'utf8');
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(sample)![1]!;
  const filler = '<section><h3>Service update</h3><p>Our offices are open Monday to Friday. You can pay online, by phone or at the Town Hall. Parking permits are renewed every year.</p><ul><li>Bins</li><li>Parking</li><li>Libraries</li></ul></section>';
  return `<!doctype html><html><head><title>Council Tax privacy notice</title></head><body><header><nav>${'<a href="/x">Link</a>'.repeat(200)}</nav></header><main>${main}${filler.repeat(Math.ceil(bytes / filler.length))}</main></body></html>`;
}

async function bundle(entry: string, globalName: string): Promise<string> {
  const out = await build({ entryPoints: [join(ROOT, entry)], bundle: true, write: false, format: 'iife', globalName, target: 'es2022', minify: true });
  return out.outputFiles[0]!.text;
}

async function main() {
  if (!CHROMIUM) { console.log('browser bench skipped: Debian\'s chromium is not installed'); return; }
  try { statSync(join(DIST, 'manifest.json')); } catch { console.log('browser bench skipped: run npm run build first'); return; }
  const page1mb = councilPage(1_000_000);
  const site = await serve({ '/big': page1mb, '/notice': readFileSync(join(ROOT, 'samples', 'council-tax-privacy-notice.html'), 'utf8'), '/huge': hugePage(10_000_000), '/items': manyItemsPage(50_000) });
  const b = await launch();
  try {
    // The real extension reading huge pages: the longest task the page sees meanwhile (the page
    // itself records long tasks, 50 ms and over, with a PerformanceObserver).
    const domBundle = await bundle('src/core/input/dom.ts', 'PNDom');
    for (const [path, label] of [['/huge', '10 MB page'], ['/items', 'page with 50 000 list items']] as const) {
      const { page: big, tabId: bigTab } = await openTab(b, site.url('www.bench.gov.uk', path));
      await big.evaluate(`window.__lt = []; new PerformanceObserver((l) => window.__lt.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });`);
      await b.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { clear: () => Promise<void> } } } }).chrome.storage.session.clear());
      const popup = await b.context.newPage();
      const t = Date.now();
      await popup.goto(`chrome-extension://${b.extensionId}/src/popup/index.html?tabId=${bigTab}`);
      await popup.waitForSelector('section.card', { timeout: 60_000 });
      const total = Date.now() - t;
      const longTasks = (await big.evaluate('window.__lt')) as number[];
      rows.push({ measure: `${label}: longest task (50 ms+, 0 = none) while the extension reads it`, value: Math.max(0, ...longTasks), unit: 'ms', target: 50 });
      rows.push({ measure: `${label}: popup open to rendered summary`, value: total, unit: 'ms' });
      await popup.close();
      await big.close();
    }

    // The content script's own functions, bundled the same way, timed inside the page.
    const { page } = await openTab(b, site.url('www.bench.gov.uk', '/big'));
    await page.addScriptTag({ content: await bundle('src/content/first-look.ts', 'PNLook') });
    await page.addScriptTag({ content: domBundle });
    const look = await page.evaluate(() => {
      const w = window as unknown as { PNLook: { firstLook: (d: Document, h: string) => unknown } };
      const times: number[] = [];
      for (let i = 0; i < 25; i++) { const t = performance.now(); w.PNLook.firstLook(document, location.href); times.push(performance.now() - t); }
      return times;
    });
    rows.push({ measure: 'content script first look, 1 MB page', value: median(look.slice(5)), unit: 'ms', target: 5 });
    const read = await page.evaluate(() => {
      const w = window as unknown as { PNDom: { blocksFromDom: (d: Document) => unknown } };
      const times: number[] = [];
      for (let i = 0; i < 7; i++) { const t = performance.now(); w.PNDom.blocksFromDom(document); times.push(performance.now() - t); }
      return times;
    });
    rows.push({ measure: 'content script full read (on request), 1 MB page', value: median(read.slice(2)), unit: 'ms' });

    // The popup, from opening to the first card, for a flagged page (summary ready) and a cold one.
    const { tabId } = await openTab(b, site.url('www.bench.gov.uk', '/notice'));
    await new Promise((r) => setTimeout(r, 1500));
    for (const cold of [false, true]) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        if (cold) await b.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { clear: () => Promise<void> } } } }).chrome.storage.session.clear());
        const popup = await b.context.newPage();
        const t = Date.now();
        await popup.goto(`chrome-extension://${b.extensionId}/src/popup/index.html?tabId=${tabId}`);
        await popup.waitForSelector('section.card');
        times.push(Date.now() - t);
        await popup.close();
      }
      rows.push({ measure: `popup open to rendered summary (${cold ? 'not read before' : 'flagged page, read ahead'})`, value: median(times), unit: 'ms', target: cold ? undefined : 300 });
    }
  } finally {
    await b.close();
    await site.close();
  }

  const files = (function walk(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  })(DIST).filter((f) => /\.(?:js|css|html|json)$/.test(f));
  printRows(rows);
  console.log('\nbuilt files (dist/chrome):');
  const sizes = files.map((f) => ({ file: relative(DIST, f), bytes: statSync(f).size, gzip: gzipSync(readFileSync(f)).length })).sort((a, b) => b.gzip - a.gzip);
  for (const s of sizes) console.log(`  ${s.file.padEnd(48)} ${(s.bytes / 1024).toFixed(1).padStart(7)} KB  ${(s.gzip / 1024).toFixed(1).padStart(6)} KB gzipped`);
  saveResults('browser', { rows, sizes });
}

await main();
