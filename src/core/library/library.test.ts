import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyseFixture } from '../../../tests/helpers/analyse';
import { CSV_COLUMNS, toCsv } from './csv';
import { readJsonExport, toJsonExport } from './json-file';
import { mergeNotices, removeNotice, saveNotice } from './library';
import { loadLibrary } from './migrate';
import { councilOf, serviceOf } from './naming';
import { councilScore, noticeScore } from './score';
import { emptyLibrary } from './types';

const sample = analyseFixture('../../samples/council-tax-privacy-notice.html', 'https://www.northbrook.gov.uk/council-tax/privacy').summary;
const garden = analyseFixture('question-headings.txt', 'https://www.eastmere.gov.uk/garden/privacy').summary;

describe('saving', () => {
  it('adds new addresses and updates a saved one, keeping its first date', () => {
    let lib = saveNotice(emptyLibrary(), sample, '2026-01-01T00:00:00Z');
    lib = saveNotice(lib, garden, '2026-01-02T00:00:00Z');
    lib = saveNotice(lib, sample, '2026-02-01T00:00:00Z');
    expect(lib.notices.map((n) => [n.council, n.firstSavedAt, n.savedAt])).toEqual([
      ['Northbrook Borough Council', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'],
      ['Eastmere District Council', '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z'],
    ]);
    expect(removeNotice(lib, sample.source.url!).notices).toHaveLength(1);
  });
  it('names council and service for grouping', () => {
    expect(councilOf(sample)).toBe('Northbrook Borough Council');
    expect(serviceOf(sample)).toBe('Council Tax');
    expect(serviceOf(garden)).toBe('Garden waste collection');
  });
});

describe('migrations and faults', () => {
  it('reads a version 1 library into version 2', () => {
    const v1 = { version: 1, notices: [{ url: 'https://www.northbrook.gov.uk/council-tax/privacy', savedAt: '2025-05-01T00:00:00Z', summary: sample }] };
    const loaded = loadLibrary(v1);
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.problems).toEqual([]);
    expect(loaded.library.notices[0]).toMatchObject({ id: 'https://www.northbrook.gov.uk/council-tax/privacy', council: 'Northbrook Borough Council', service: 'Council Tax', firstSavedAt: '2025-05-01T00:00:00Z' });
  });
  it('keeps unreadable entries aside and reads the rest', () => {
    const lib = saveNotice(emptyLibrary(), sample, '2026-01-01T00:00:00Z');
    const loaded = loadLibrary({ ...lib, notices: [...lib.notices, { id: 'x', junk: true }] });
    expect(loaded.library.notices).toHaveLength(1);
    expect(loaded.unreadable).toEqual([{ id: 'x', junk: true }]);
    expect(loaded.problems[0]).toMatch(/1 saved notice could not be read/);
  });
  it('refuses corrupt and newer data without losing it', () => {
    expect(loadLibrary('garbage')).toMatchObject({ unreadable: ['garbage'], library: { notices: [] } });
    expect(loadLibrary({ version: 99, notices: [] }).problems[0]).toMatch(/newer Plain Notice/);
    expect(loadLibrary(undefined)).toMatchObject({ problems: [], library: { notices: [] } });
  });
});

describe('export and import', () => {
  const lib = saveNotice(saveNotice(emptyLibrary(), sample, '2026-01-01T00:00:00Z'), garden, '2026-01-03T00:00:00Z');
  it('round-trips through JSON to the same library', () => {
    const result = readJsonExport(toJsonExport(lib, '2026-03-01T00:00:00Z'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rejected).toEqual([]);
    expect(mergeNotices(emptyLibrary(), result.accepted)).toEqual(lib);
  });
  it('imports the valid entries of a partly valid file and lists the rest', () => {
    const file = JSON.parse(toJsonExport(lib, '2026-03-01T00:00:00Z'));
    file.notices[1].summary.retention.status = 'forever';
    const result = readJsonExport(JSON.stringify(file));
    if (!result.ok) throw new Error(result.message);
    expect(result.accepted.map((n) => n.council)).toEqual(['Northbrook Borough Council']);
    expect(result.rejected[0]!.label).toBe(garden.source.title);
    expect(result.rejected[0]!.problems.join(' ')).toMatch(/retention/);
  });
  it('says clearly when a file is not an export', () => {
    expect(readJsonExport('not json')).toEqual({ ok: false, reason: 'not-json', message: expect.stringMatching(/not JSON/) });
    expect(readJsonExport('{"hello": 1}')).toEqual({ ok: false, reason: 'not-export', message: expect.stringMatching(/not a Plain Notice comparison export/) });
    expect(readJsonExport(JSON.stringify({ format: 'plain-notice-comparison', version: 7, notices: [] }))).toMatchObject({ ok: false, reason: 'newer', version: 7 });
  });
  it('writes one CSV row per notice with the documented columns', () => {
    const csv = toCsv(lib.notices);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
    expect(parsed.meta.fields).toEqual(CSV_COLUMNS.map(([name]) => name));
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[0]).toMatchObject({ council: 'Northbrook Borough Council', service: 'Council Tax', retention_status: 'period', checklist_retention: 'present', first_saved: '2026-01-01T00:00:00Z' });
    expect(parsed.data[1]!.checklist_international_transfers).toBe('unclear');
    expect(parsed.data[1]!.checklist_legitimate_interests).toBe('');
  });
  it('defuses spreadsheet formulas in CSV cells', () => {
    const evil = { ...sample, controller: { ...sample.controller, name: '=HYPERLINK("http://x")' } };
    expect(toCsv([{ summary: evil }])).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe('transparency score', () => {
  it('counts present as 1, unclear as a half, over the items that apply', () => {
    expect(noticeScore(sample)).toBe(100);
    const applicable = garden.checklist.length;
    const points = garden.checklist.filter((c) => c.status === 'present').length + 0.5 * garden.checklist.filter((c) => c.status === 'unclear').length;
    expect(noticeScore(garden)).toBe(Math.round((100 * points) / applicable));
    expect(councilScore([sample, garden])).toBe(Math.round((100 + noticeScore(garden)) / 2));
  });
});
