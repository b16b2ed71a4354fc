// The store listings come from _locales: Chrome Web Store and addons.mozilla.org refuse a
// manifest description over 132 characters and a name over 45, in any language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '..', 'public', '_locales');

describe('store listing', () => {
  for (const locale of readdirSync(LOCALES)) {
    const messages = JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    it(`fits the stores' limits in ${locale}`, () => {
      expect([...messages.extDescription!.message].length).toBeLessThanOrEqual(132);
      expect([...messages.extName!.message].length).toBeLessThanOrEqual(45);
      expect([...messages.extShortName!.message].length).toBeLessThanOrEqual(12);
    });
  }
});
