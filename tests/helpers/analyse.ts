// Test helpers: analyse a fixture or a string the way the command line does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseDocument } from '../../src/core/analyse';
import { documentText, type NoticeDocument } from '../../src/core/document';
import type { Evidence, NoticeSummary } from '../../src/core/types';
import { documentFromSource, kindOfFile } from '../../src/cli/read-input';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const FIXED_TIME = '2026-01-01T00:00:00.000Z';

export function analyseSource(source: string, kind: 'html' | 'text', url: string | null = null): { doc: NoticeDocument; summary: NoticeSummary } {
  const doc = documentFromSource(source, kind, url);
  return { doc, summary: analyseDocument(doc, { analysedAt: FIXED_TIME }) };
}

export function analyseFixture(name: string, url: string | null = null) {
  const path = join(FIXTURES, name);
  const source = readFileSync(path, 'utf8');
  return analyseSource(source, kindOfFile(path, source), url);
}

/** Every evidence object anywhere in a summary. */
export function allEvidence(value: unknown, out: Evidence[] = []): Evidence[] {
  if (Array.isArray(value)) value.forEach((v) => allEvidence(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.quote === 'string' && 'heading' in o) out.push(o as unknown as Evidence);
    else Object.values(o).forEach((v) => allEvidence(v, out));
  }
  return out;
}

/** Quotes that are not verbatim in the document's text (should be none). */
export function unfoundQuotes(doc: NoticeDocument, summary: NoticeSummary): string[] {
  const text = documentText(doc);
  return allEvidence(summary).map((e) => e.quote).filter((q) => !text.includes(q));
}
