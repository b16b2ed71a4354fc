import { describe, expect, it } from 'vitest';
import { complainBy, daysLeft, extendedDueOn, replyDueOn } from './deadlines';

describe('ICO time limits', () => {
  it('gives the council one calendar month, to the same date or the month’s last day', () => {
    expect(replyDueOn('2027-01-31')).toBe('2027-02-28');
    expect(replyDueOn('2028-01-31')).toBe('2028-02-29');
    expect(replyDueOn('2027-03-31')).toBe('2027-04-30');
    expect(replyDueOn('2026-12-31')).toBe('2027-01-31');
    expect(replyDueOn('2027-06-15')).toBe('2027-07-15');
  });
  it('allows two further months for a complex request', () => {
    expect(extendedDueOn('2027-01-31')).toBe('2027-04-30');
    expect(extendedDueOn('2026-11-30')).toBe('2027-02-28');
    expect(extendedDueOn('2027-06-15')).toBe('2027-09-15');
  });
  it('expects a complaint within three months of the last contact', () => {
    expect(complainBy('2027-03-05')).toBe('2027-06-05');
    expect(complainBy('2027-11-30')).toBe('2028-02-29');
  });
  it('counts days left from an injected today: zero on the day, negative when overdue', () => {
    expect(daysLeft('2027-02-28', '2027-02-10')).toBe(18);
    expect(daysLeft('2027-02-28', '2027-02-28')).toBe(0);
    expect(daysLeft('2027-02-28', '2027-03-05')).toBe(-5);
  });
});
