// axe-core on any page a driver opens. Injected by evaluating its source from the test side, as
// the extension pages' CSP (rightly) blocks script tags and eval from the page itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const AXE_SOURCE = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface AxeResult { violations: { id: string; help: string; nodes: { target: string[] }[] }[] }

/** What the test needs of a page: run a script source, then run a function. */
export interface Evaluator {
  evaluateSource(source: string): Promise<unknown>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<Awaited<R>>;
}

/** axe-core's violations on the page, one line each: rule, help text and the elements. */
export async function axeViolationsIn(page: Evaluator): Promise<string[]> {
  await page.evaluateSource(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    // Plain data only: it crosses the driver's boundary as JSON.
    return violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) }));
  });
  return result.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
