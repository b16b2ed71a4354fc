// Every signal the engine gives on the test notices and pages has words in every language, so
// the popup's "What Plain Notice looked for" is never half English.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseFixture, FIXTURES } from '../../tests/helpers/analyse';
import { messageIn } from './i18n';
import { signalMessage } from './signal-words';

const names = readdirSync(FIXTURES).filter((n) => /\.(html|txt|md)$/.test(n));
const signals = [...new Set(names.flatMap((n) => analyseFixture(n, `https://www.eastmere.gov.uk/${n}`).summary.detection.signals))];

describe('signal words', () => {
  it('know every signal the engine gives on the fixtures', () => {
    expect(signals.length).toBeGreaterThan(10);
    for (const s of signals) expect([s, signalMessage(s) !== null]).toEqual([s, true]);
  });
  it('say a signal in English as the engine did, and in Welsh with its detail kept', () => {
    for (const s of signals) {
      const { key, detail } = signalMessage(s)!;
      expect(messageIn('en', key, ...detail)).toBe(s);
      const welsh = messageIn('cy', key, ...detail);
      expect(welsh).not.toBe(s);
      for (const d of detail) expect(welsh).toContain(d);
    }
  });
  it('leave an unknown signal as it is', () => expect(signalMessage('something new')).toBeNull());
});
