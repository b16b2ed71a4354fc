// The shared corpus of real notices with gold labels, read at run time from ../shared (never
// copied into the project): the five seed notices, the dev set of about 160 real pages and the dev2 set of about 180 pages
// from other councils, each set twice (without and with each page's address, as the extension knows it). Fails when any
// field falls below the floor already reached (corpus-floors.json), so quality only goes up.
// Skips, saying why, when ../shared is not beside the project.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import floors from './corpus-floors.json';
import { analyseSource, unfoundQuotes } from './helpers/analyse';
import { scoreCorpus, type Gold } from './helpers/corpus-score';
import { schemaErrors } from './helpers/schema';
import { readingGrade } from '../src/core/plain/readability';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const present = existsSync(join(CORPUS, 'seeds'));
if (!present) console.warn(`corpus tests skipped: ${CORPUS} is not here (clone the project beside shared/ to run them)`);

type GoldWithSource = Gold & { source?: { url?: string } };
type Floors = Record<string, Record<string, number>>;
const FLOORS_FILE = join(import.meta.dirname, 'corpus-floors.json');
/** `UPDATE_CORPUS_FLOORS=1 npx vitest run tests/corpus.test.ts` records what is reached now (rounded down). */
const updating = !!process.env.UPDATE_CORPUS_FLOORS;

function read(set: string, withUrl: boolean) {
  const dir = join(CORPUS, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /\.(?:txt|md|html?)$/.test(f) && existsSync(join(dir, `${basename(f, extname(f))}.json`))).map((f) => {
    const source = readFileSync(join(dir, f), 'utf8');
    const gold = JSON.parse(readFileSync(join(dir, `${basename(f, extname(f))}.json`), 'utf8')) as GoldWithSource;
    const url = withUrl ? gold.source?.url ?? null : null;
    return { file: f, gold, ...analyseSource(source, /\.html?$/.test(f) ? 'html' : 'text', url) };
  });
}

const RUNS: { name: string; set: string; withUrl: boolean }[] = [
  { name: 'seeds', set: 'seeds', withUrl: false },
  { name: 'dev', set: 'dev', withUrl: false },
  { name: 'dev with addresses', set: 'dev', withUrl: true },
  { name: 'dev2', set: 'dev2', withUrl: false },
  { name: 'dev2 with addresses', set: 'dev2', withUrl: true },
];

describe.skipIf(!present)('shared corpus', () => {
  for (const run of RUNS) {
    describe(run.name, () => {
      const results = present ? read(run.set, run.withUrl) : [];
      it('has documents to read', () => expect(results.length).toBeGreaterThan(0));
      it('gives a valid summary, with every quote found in the document', () => {
        for (const r of results) {
          expect(schemaErrors(r.summary), r.file).toEqual([]);
          expect(unfoundQuotes(r.doc, r.summary), r.file).toEqual([]);
        }
      });
      it('explains every notice at reading grade 8 or lower', () => {
        for (const r of results.filter((x) => x.summary.detection.isPrivacyNotice)) {
          const grade = readingGrade([r.summary.plain.headline, ...r.summary.plain.sections.flatMap((x) => x.sentences)]);
          expect(grade, r.file).toBeLessThanOrEqual(8);
        }
      });
      it('keeps every field at or above its floor', () => {
        const report = scoreCorpus(results);
        const mean = Object.values(report).reduce((a, b) => a + b, 0) / Object.keys(report).length;
        console.log(`${run.name}\n` + Object.entries(report).map(([k, v]) => `  ${k.padEnd(26)} ${v.toFixed(3)}`).join('\n') + `\n  mean ${mean.toFixed(3)}`);
        if (updating) {
          const next = JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Floors;
          next[run.name] = Object.fromEntries(Object.entries(report).map(([k, v]) => [k, Math.floor(v * 1000) / 1000]));
          writeFileSync(FLOORS_FILE, `${JSON.stringify(next, null, 2)}\n`);
          return;
        }
        const own = (floors as Floors)[run.name];
        expect(own, `corpus-floors.json has floors for "${run.name}"`).toBeDefined();
        for (const [field, floor] of Object.entries(own!)) expect(report[field] ?? 0, `${run.name}: ${field}`).toBeGreaterThanOrEqual(floor - 1e-9);
      });
    });
  }
});
