// Every message key the interface asks for exists in the English messages, including the keys
// built from data (rights, statuses, reasons a right is not offered), so no resident ever sees
// a bare key.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LETTER_RIGHTS } from '../core/letters/rights';
import { REQUEST_STATUSES } from '../core/requests/types';

const ROOT = join(import.meta.dirname, '..', '..');
const messages = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('message keys', () => {
  it('exist for every literal t() call', () => {
    const keys = sources(join(ROOT, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('(\w+)'/g)].map((m) => m[1]!));
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => !messages[k])).toEqual([]);
  });
  it('exist for every right, status, reason and note the pages look up', () => {
    const rightsCode = readFileSync(join(ROOT, 'src', 'core', 'letters', 'rights.ts'), 'utf8');
    const codes = [...rightsCode.matchAll(/'((?:whyNot|note)[A-Z]\w+)'/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThanOrEqual(9);
    const wanted = [
      ...LETTER_RIGHTS.flatMap((r) => [`right_${r.replace(/-/g, '_')}`, `rightIntro_${r.replace(/-/g, '_')}`]),
      ...REQUEST_STATUSES.map((s) => `status_${s}`),
      ...codes,
    ];
    expect(wanted.filter((k) => !messages[k])).toEqual([]);
  });
});
