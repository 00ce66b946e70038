import { describe, expect, it } from 'vitest';
import { addDays, addYears, readableDay, todayUtc } from './dates.js';

describe('calendar days', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-08-02', 1)).toBe('2026-08-03');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('adds years, 29 February falling back to 28 February', () => {
    expect(addYears('2026-08-02', 1)).toBe('2027-08-02');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('reads today in UTC and writes days for people', () => {
    expect(todayUtc(new Date('2026-11-29T23:30:00-05:00'))).toBe('2026-11-30');
    expect(readableDay('2026-08-02')).toBe('2 Aug 2026');
  });

  it('refuses what is not a day', () => {
    expect(() => addDays('02/08/2026', 1)).toThrow(/Not a day/);
  });
});
