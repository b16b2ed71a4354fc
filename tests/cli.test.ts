// The command-line contract (../shared/spec/summary-format.md): JSON array in file order, text
// for people, clear messages for unreadable files with the others still done, exit status 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { CSV_COLUMNS } from '../src/core/library/csv';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from './helpers/schema';

const ROOT = join(import.meta.dirname, '..');
const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts/cli.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('analyse command line', () => {
  it('prints a JSON array of valid summaries in the order given', () => {
    const r = cli('tests/fixtures/run-on-lists.md', 'samples/council-tax-privacy-notice.html');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(2);
    expect(out[1].controller.name).toBe('Northbrook Borough Council');
    for (const s of out) expect(schemaErrors(s)).toEqual([]);
  });
  it('says which file it could not read, still does the others, and exits 1', () => {
    const empty = mkdtempSync(join(tmpdir(), 'pn-empty-'));
    const r = cli('no-such-file.txt', 'tests/fixtures/numbered-pdf.txt', empty);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no-such-file.txt: no such file');
    expect(r.stderr).toContain(`${empty}: no notice files`);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });
  it('takes the page address with --url', () => {
    const r = cli('--url', 'https://www.westbury.gov.uk/privacy', 'tests/fixtures/accordion.html');
    expect(JSON.parse(r.stdout)[0].source.url).toBe('https://www.westbury.gov.uk/privacy');
  });
  it('prints the plain summary for people with --format text', () => {
    const r = cli('--format', 'text', 'samples/council-tax-privacy-notice.html');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Northbrook Borough Council holds this information.');
    expect(r.stdout).toContain('## What the notice leaves out');
  });
  it('rejects bad options with usage', () => {
    const r = cli('--format', 'pdf', 'x.txt');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unknown format "pdf"');
    expect(cli().stderr).toContain('No files or addresses given');
  });
  it('reads files with no known extension by sniffing them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pn-'));
    writeFileSync(join(dir, 'notice'), '<!doctype html><html><body><h1>Privacy notice</h1><p>Anytown Borough Council is the data controller.</p></body></html>');
    const r = cli(join(dir, 'notice'));
    expect(JSON.parse(r.stdout)[0].controller.name).toBe('Anytown Borough Council');
  });
  it('analyses a folder of 100 notices into a 100-row CSV, with progress on standard error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pn-batch-'));
    const base = readFileSync(join(ROOT, 'tests', 'fixtures', 'question-headings.txt'), 'utf8');
    for (let i = 0; i < 100; i++) {
      const council = `${['Ash', 'Brom', 'Cal', 'Dun', 'Elm'][i % 5]}${['ford', 'ley', 'wick', 'ton'][Math.floor(i / 5) % 4]} ${['District', 'Borough', 'City'][i % 3]} Council`;
      writeFileSync(join(dir, `notice-${String(i).padStart(3, '0')}.txt`), base.replaceAll('Eastmere District Council', council).replace('2 years', `${(i % 9) + 1} years`));
    }
    writeFileSync(join(dir, 'readme.docx'), 'not a notice file');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/cli.mjs'), '--format', 'csv', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/Reading notices \[=+\] 100\/100 100%/);
    const parsed = Papa.parse<Record<string, string>>(r.stdout.trim(), { header: true });
    expect(parsed.meta.fields).toEqual(CSV_COLUMNS.map(([name]) => name));
    expect(parsed.data).toHaveLength(100);
    expect(parsed.data[7]).toMatchObject({ council: 'Calley Borough Council', retention_periods: '8 years after your subscription ends' });
  }, 60_000);
});
