// The shared corpus of real council notices with gold labels, read at run time from ../shared
// (never copied into the project). Fails when any field falls below the floor already reached,
// so quality only goes up. Skips, saying why, when ../shared is not beside the project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import floors from './corpus-floors.json';
import { analyseSource } from './helpers/analyse';
import { scoreCorpus, type Gold } from './helpers/corpus-score';
import { schemaErrors } from './helpers/schema';
import { readingGrade } from '../src/core/plain/readability';

const SEEDS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'seeds');
const present = existsSync(SEEDS);
if (!present) console.warn(`corpus tests skipped: ${SEEDS} is not here (clone the project beside shared/ to run them)`);

describe.skipIf(!present)('shared corpus', () => {
  const docs = present ? readdirSync(SEEDS).filter((f) => /\.(?:txt|md|html?)$/.test(f) && existsSync(join(SEEDS, `${basename(f, extname(f))}.json`))) : [];
  const results = docs.map((f) => {
    const source = readFileSync(join(SEEDS, f), 'utf8');
    const gold = JSON.parse(readFileSync(join(SEEDS, `${basename(f, extname(f))}.json`), 'utf8')) as Gold;
    return { file: f, gold, summary: analyseSource(source, /\.html?$/.test(f) ? 'html' : 'text').summary };
  });

  it('has documents to read', () => expect(docs.length).toBeGreaterThan(0));
  it('gives a valid summary for every document', () => {
    for (const r of results) expect(schemaErrors(r.summary), r.file).toEqual([]);
  });
  it('explains every notice at reading grade 8 or lower', () => {
    for (const r of results) {
      const grade = readingGrade([r.summary.plain.headline, ...r.summary.plain.sections.flatMap((x) => x.sentences)]);
      expect(grade, r.file).toBeLessThanOrEqual(8);
    }
  });
  it('keeps every field at or above its floor', () => {
    const report = scoreCorpus(results);
    const mean = Object.values(report).reduce((a, b) => a + b, 0) / Object.keys(report).length;
    console.log(Object.entries(report).map(([k, v]) => `${k.padEnd(26)} ${v.toFixed(3)}`).join('\n') + `\nmean ${mean.toFixed(3)}`);
    for (const [field, floor] of Object.entries(floors as Record<string, number>)) {
      expect(report[field] ?? 0, field).toBeGreaterThanOrEqual(floor - 1e-9);
    }
  });
});
