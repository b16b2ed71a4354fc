import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths, addDays, daysBetween, formatDay, isIsoDay, isoDay, isWeekend, localIsoDay } from './calendar';

describe('calendar days', () => {
  it('adds months to the same date, or the last day of a shorter month', () => {
    expect(addCalendarMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2027-03-31', 1)).toBe('2027-04-30');
    expect(addCalendarMonths('2026-12-31', 1)).toBe('2027-01-31');
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addCalendarMonths('2027-01-15', -1)).toBe('2026-12-15');
  });
  it('never moves past the end of the target month, and keeps the day when it exists', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 36 }), (date, months) => {
      const from = isoDay(date);
      const to = addCalendarMonths(from, months);
      expect(isIsoDay(to)).toBe(true);
      const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
      const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
      expect((ty - fy) * 12 + (tm - fm)).toBe(months);
      expect(td).toBe(Math.min(fd, new Date(Date.UTC(ty, tm, 0)).getUTCDate()));
    }));
  });
  it('counts days across months, years and summer time', () => {
    expect(daysBetween('2027-02-10', '2027-02-28')).toBe(18);
    expect(daysBetween('2027-03-05', '2027-02-28')).toBe(-5);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
  });
  it('checks and writes days', () => {
    expect(isIsoDay('2027-02-29')).toBe(false);
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2027-13-01')).toBe(false);
    expect(isIsoDay('31/01/2027')).toBe(false);
    expect(isoDay(new Date(Date.UTC(2027, 0, 31, 23, 59)))).toBe('2027-01-31');
    expect(localIsoDay(new Date(2027, 0, 31, 23, 59))).toBe('2027-01-31');
    expect(formatDay('2027-02-28', 'en-GB')).toBe('28 February 2027');
    expect(['2027-02-26', '2027-02-27', '2027-02-28', '2027-03-01'].map(isWeekend)).toEqual([false, true, true, false]);
  });
});
