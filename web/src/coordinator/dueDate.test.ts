import { describe, expect, it } from 'vitest';
import { dayFromNow, endOfDay } from './dueDate';

describe('endOfDay', () => {
  it('is 23:59 of that day here, with the offset written out', () => {
    const value = endOfDay('2026-09-30');
    expect(value).toMatch(/^2026-09-30T23:59:00[+-]\d{2}:\d{2}$/);
    const parsed = new Date(value);
    expect([parsed.getFullYear(), parsed.getMonth(), parsed.getDate(), parsed.getHours(), parsed.getMinutes()]).toEqual([2026, 8, 30, 23, 59]);
  });
});

describe('dayFromNow', () => {
  it('counts calendar days, across a month end', () => {
    expect(dayFromNow(30, new Date(2026, 0, 15, 12))).toBe('2026-02-14');
    expect(dayFromNow(1, new Date(2026, 11, 31, 23, 30))).toBe('2027-01-01');
  });
});
