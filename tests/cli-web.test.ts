// The command line on web addresses, against a council-style site served on 127.0.0.1: following
// a notices index, obeying robots.txt, reading a PDF notice, one clear message per bad address,
// reruns from the cache, and the HTML report. The CLI runs as a child process (asynchronously, so
// this process can keep serving the site).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureSite, type FixtureSite } from './helpers/fixture-site';

const ROOT = join(import.meta.dirname, '..');
function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/cli.mjs'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d; });
    child.stderr.on('data', (d: Buffer) => { stderr += d; });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let site: FixtureSite;
let cache: string;
beforeAll(async () => {
  site = await startFixtureSite({ slowMs: 3000 });
  cache = mkdtempSync(join(tmpdir(), 'pn-cli-cache-'));
});
afterAll(async () => {
  await site.close();
  rmSync(cache, { recursive: true, force: true });
});

const csvRows = (out: string) => Papa.parse<Record<string, string>>(out.trim(), { header: true }).data;

describe('analyse on web addresses', () => {
  it('follows a notices index: the three notices read as notices, the disallowed folder is never requested', async () => {
    const r = await cli(['--follow', '--format', 'csv', '--cache', cache, `${site.origin}/notices/`]);
    const rows = csvRows(r.stdout);
    const notices = rows.filter((row) => row.is_privacy_notice === 'true').map((row) => row.url).sort();
    expect(notices).toEqual([
      `${site.origin}/notices/council-tax.html`, `${site.origin}/notices/parking-permits`, `${site.origin}/notices/school-admissions.pdf`,
    ]);
    // One row per page read: the index and the cookie page are read too, and are not notices.
    expect(rows.filter((row) => row.is_privacy_notice === 'false').map((row) => row.url).sort()).toEqual([`${site.origin}/notices/`, `${site.origin}/notices/cookies.html`]);
    expect(rows.find((row) => row.url?.endsWith('.pdf'))).toMatchObject({ controller: 'Harrowfield District Council', retention_status: 'period', ico_registration_number: 'Z7654321' });
    expect(site.paths().some((p) => p.startsWith('/notices/private/'))).toBe(false);
    expect(site.paths().filter((p) => p === '/robots.txt')).toHaveLength(1);
    expect(r.stderr).toContain(`${site.origin}/notices/private/staff-privacy-notice.html: the site’s robots.txt asks tools like this one not to read this address (skipped)`);
    expect(r.stderr).toContain(`${site.origin}/notices/old-privacy-notice.html: the page was not found (HTTP 404)`);
    // Seven addresses in all: five read, one skipped for robots.txt, one missing.
    expect(r.stderr).toMatch(/Reading notices \[=+\] 7\/7 100%/);
    // The 404 is a real failure: the run says so in its exit status.
    expect(r.status).toBe(1);
    // One request a second to the site by default: 7 requests take at least 6 seconds.
    const times = site.hits.map((h) => h.at);
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(5900);
  }, 30_000);

  it('reruns from the cache with no requests, and --refresh asks the site again', async () => {
    const before = site.hits.length;
    const again = await cli(['--follow', '--format', 'csv', '--cache', cache, `${site.origin}/notices/`]);
    expect(csvRows(again.stdout).filter((row) => row.is_privacy_notice === 'true')).toHaveLength(3);
    // Only the missing page (never cached) is asked for again.
    expect(site.paths().slice(before)).toEqual(['/notices/old-privacy-notice.html']);
    const refreshed = await cli(['--refresh', '--rate', '0', '--format', 'csv', '--cache', cache, `${site.origin}/notices/parking-permits`]);
    expect(csvRows(refreshed.stdout)[0]!.is_privacy_notice).toBe('true');
    expect(site.paths().slice(-1)).toEqual(['/notices/parking-permits']);
  }, 30_000);

  it('gives one clear message per bad address and loses nothing else', async () => {
    const bad = ['/notices/old-privacy-notice.html', '/loop-a', '/slow.html', '/big.html', '/logo.png', '/notices/private/staff-privacy-notice.html'];
    // The timeout leaves the 21 MB page room to be counted on a busy machine; the slow page still runs out.
    const r = await cli(['--rate', '0', '--timeout', '1.5', '--cache', cache, ...bad.map((p) => `${site.origin}${p}`), `${site.origin}/moved`, 'ftp://127.0.0.1/notice.txt']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(1);
    // The engine knows the address the notice came from, after the redirect.
    expect(out[0].source.url).toBe(`${site.origin}/notices/parking-permits`);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `plain-notice: ${site.origin}/notices/old-privacy-notice.html: the page was not found (HTTP 404)`,
      `plain-notice: ${site.origin}/loop-a: the address redirects in a loop (back to ${site.origin}/loop-a)`,
      `plain-notice: ${site.origin}/slow.html: the server took too long to answer`,
      `plain-notice: ${site.origin}/big.html: the page is larger than the 20 MB limit`,
      `plain-notice: ${site.origin}/logo.png: not a page or PDF that can be read (image/png)`,
      `plain-notice: ${site.origin}/notices/private/staff-privacy-notice.html: the site’s robots.txt asks tools like this one not to read this address`,
      'plain-notice: ftp://127.0.0.1/notice.txt: no such file',
    ]);
  }, 30_000);

  it('writes a self-contained HTML report of the notices it found', async () => {
    const r = await cli(['--follow', '--format', 'html', '--cache', cache, `${site.origin}/notices/`]);
    const html = r.stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('3 privacy notices from 1 council');
    expect(html).toContain('Harrowfield District Council — transparency score');
    expect(html).toContain(`href="${site.origin}/notices/school-admissions.pdf"`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    // The two pages that are not notices are listed apart, not compared.
    expect(html).toContain('Pages read that are not privacy notices');
  }, 30_000);
});
