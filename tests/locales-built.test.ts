// The built extensions carry every locale with every English key (the browser picks Welsh for the
// store name and description; the pages bundle the same files).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const TARGETS = ['chrome', 'firefox'];
const built = TARGETS.every((target) => existsSync(join(ROOT, 'dist', target, 'manifest.json')));
if (!built && process.env.CI) throw new Error('dist/ is not built: npm test builds before testing');
if (!built) console.warn('built-locale tests skipped: run "npm run build" first (npm test does)');

const read = (target: string, language: string) => JSON.parse(readFileSync(join(ROOT, 'dist', target, '_locales', language, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe.skipIf(!built).each(TARGETS)('dist/%s/_locales', (target) => {
  it('has Welsh with every key of English, none empty', () => {
    const en = read(target, 'en');
    const cy = read(target, 'cy');
    expect(Object.keys(en).length).toBeGreaterThan(50);
    for (const key of Object.keys(en)) expect([key, cy[key]?.message.trim() ? 'present' : 'missing']).toEqual([key, 'present']);
  });
  it('names the extension through the locale files, English by default', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', target, 'manifest.json'), 'utf8'));
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
  });
});
