import { describe, expect, it } from 'vitest';
import { dateInWords, dayInWords } from './dates';

describe('dateInWords', () => {
  it('writes a day in English and Welsh', () => {
    expect(dateInWords('2025-09-12', 'en')).toBe('12 September 2025');
    expect(dateInWords('2025-09-12', 'cy')).toBe('12 Medi 2025');
    expect(dateInWords('2024-02-01', 'cy')).toBe('1 Chwefror 2024');
  });
  it('writes a month without a day', () => {
    expect(dateInWords('2026-05', 'en')).toBe('May 2026');
    expect(dateInWords('2026-12', 'cy')).toBe('Rhagfyr 2026');
  });
  it('leaves anything else as it is', () => {
    expect(dateInWords('2026-13-01', 'cy')).toBe('2026-13-01');
    expect(dateInWords('soon', 'en')).toBe('soon');
  });
  it('reads a Date as its UTC day', () => expect(dayInWords(new Date(Date.UTC(2027, 0, 31, 23, 30)), 'cy')).toBe('31 Ionawr 2027'));
});
