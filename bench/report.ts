// What both benchmarks share: medians, a row per measure with its target, the printed table and
// the results file in bench/results.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Row = { measure: string; value: number; unit: string; target?: number };

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function printRows(rows: Row[]): void {
  const width = Math.max(...rows.map((r) => r.measure.length));
  console.log(`${'measure'.padEnd(width)}  ${'median'.padStart(9)}  target`);
  for (const r of rows) {
    const verdict = r.target === undefined ? '' : `≤ ${r.target} ${r.unit}  ${r.value <= r.target ? 'ok' : 'MISSED'}`;
    console.log(`${r.measure.padEnd(width)}  ${r.value.toFixed(1).padStart(6)} ${r.unit}  ${verdict}`);
  }
}

export function saveResults(name: string, data: object): void {
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ when: new Date().toISOString(), node: process.version, ...data }, null, 2));
}
