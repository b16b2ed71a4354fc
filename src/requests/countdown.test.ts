import { describe, expect, it, vi } from 'vitest';

// The words come from _locales in the browser; here each key and its values stand in for them.
vi.mock('../ext/i18n', () => ({ t: (key: string, ...values: string[]) => [key, ...values].join(' ') }));
const { countdown } = await import('./countdown');

describe('countdown words', () => {
  it('says days left, due today, or days overdue, with one and many told apart', () => {
    expect(countdown(18)).toBe('daysLeftMany 18');
    expect(countdown(1)).toBe('daysLeftOne');
    expect(countdown(0)).toBe('dueToday');
    expect(countdown(-1)).toBe('daysOverdueOne');
    expect(countdown(-5)).toBe('daysOverdueMany 5');
  });
});
