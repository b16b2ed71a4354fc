// Size and permission budgets on the built extension, checked on every CI run.
// Content script ≤ 20 KB gzipped; popup ≤ 150 KB gzipped (the NLP library lives in the
// background, not the popup); only the documented permissions; a strict CSP; no remote hosts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const built = existsSync(join(ROOT, 'dist', 'chrome', 'manifest.json')) && existsSync(join(ROOT, 'dist', 'firefox', 'manifest.json'));
if (!built && !process.env.CI) console.warn('budget tests skipped: run "npm run build" first (npm test does)');
if (!built && process.env.CI) throw new Error('dist/ is not built: npm test builds before testing');

export const DOCUMENTED_PERMISSIONS = ['activeTab', 'scripting', 'storage'];
const KB = 1024;
const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** Every file a page or script pulls in, following static and dynamic imports. */
function reachable(dist: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(join(dist, file))) continue;
    seen.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    const refs = file.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!)
      : [...text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.(?:js|css))["']/g)].map((m) => m[1]!);
    for (const ref of refs) queue.push(normalize(ref.startsWith('/') ? ref.slice(1) : join(dirname(file), ref)));
  }
  return [...seen];
}

describe.skipIf(!built)('budgets of the built extension', () => {
  const dist = join(ROOT, 'dist', 'chrome');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));

  it('keeps the content script under 20 KB gzipped, with no NLP library in it', () => {
    const file = join(dist, manifest.content_scripts[0].js[0]);
    const size = gz(file);
    console.log(`content script: ${(size / KB).toFixed(1)} KB gzipped`);
    expect(size).toBeLessThan(20 * KB);
    expect(readFileSync(file, 'utf8')).not.toMatch(/compromise|#Organization/);
  });

  it('keeps the popup under 150 KB gzipped', () => {
    const files = reachable(dist, [manifest.action.default_popup]);
    const size = files.reduce((n, f) => n + gz(join(dist, f)), 0);
    console.log(`popup: ${(size / KB).toFixed(1)} KB gzipped over ${files.length} files`);
    expect(files.length).toBeGreaterThan(1);
    expect(size).toBeLessThan(150 * KB);
  });

  it('loads pdf.js only on the PDF page, with its worker bundled as a local file', () => {
    const pdfjsMarker = /GlobalWorkerOptions|pdfjs-dist|PDFWorker/;
    for (const file of reachable(dist, [manifest.action.default_popup])) expect(readFileSync(join(dist, file), 'utf8')).not.toMatch(pdfjsMarker);
    const pdfPage = reachable(dist, ['src/pdf/index.html']);
    expect(pdfPage.some((f) => pdfjsMarker.test(readFileSync(join(dist, f), 'utf8')))).toBe(true);
    const assets = execFileSync('ls', [join(dist, 'assets')], { encoding: 'utf8' });
    expect(assets).toMatch(/pdf\.worker\.min-[\w-]+\.mjs/);
  });

  it('asks only for the documented permissions and no hosts', () => {
    for (const m of [manifest, JSON.parse(readFileSync(join(ROOT, 'dist', 'firefox', 'manifest.json'), 'utf8'))]) {
      expect([...m.permissions].sort()).toEqual([...DOCUMENTED_PERMISSIONS].sort());
      expect(m.host_permissions ?? []).toEqual([]);
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(m.web_accessible_resources ?? []).toEqual([]);
      expect(m.externally_connectable).toBeUndefined();
      expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches)).toEqual(['https://*.gov.uk/*', 'http://*.gov.uk/*']);
    }
  });

  it('has a strict content security policy with no remote hosts', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval|unsafe-inline|wasm/);
  });

  it('loads no remote code', () => {
    const files = reachable(dist, [manifest.action.default_popup, manifest.background.service_worker, manifest.content_scripts[0].js[0]]);
    for (const f of files.filter((x) => x.endsWith('.js'))) {
      const text = readFileSync(join(dist, f), 'utf8');
      expect(text, f).not.toMatch(/import\s*\(\s*["']https?:|importScripts\s*\(\s*["']https?:|<script[^>]+src=["']https?:/);
    }
  });

  it('passes web-ext lint for Firefox with no errors', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', join(ROOT, 'dist', 'firefox'), '--output', 'json', '--no-input'], { encoding: 'utf8' });
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // pdf.js (1.6 MB with its worker) takes the linter about 15 s alone, longer beside other tests.
  }, 90_000);
});

describe('documentation', () => {
  it('README lists every CSV column', async () => {
    const { CSV_COLUMNS } = await import('../src/core/library/csv');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const [name] of CSV_COLUMNS.filter(([n]) => !n.startsWith('checklist_'))) expect(readme, name).toContain(`| \`${name}\` |`);
    expect(readme).toContain('checklist_<item>');
  });
  it('README explains every permission the manifest asks for', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const p of DOCUMENTED_PERMISSIONS) expect(readme).toContain(`| \`${p}\` |`);
  });
});
