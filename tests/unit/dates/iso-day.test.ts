import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { daysBetween, isoDaySchema } from '../../../src/lib/dates/iso-day';

describe('isoDaySchema', () => {
  it('accepts days that exist, 29 February of a leap year included', () => {
    for (const day of ['2026-01-31', '2024-02-29', '2000-02-29']) {
      expect(v.safeParse(isoDaySchema, day).success).toBe(true);
    }
  });

  it.each([
    '2026-02-29',
    '2026-02-30',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '2026-01',
    '05/01/2026',
    '',
    20260105,
  ])('rejects %j', (day) => {
    expect(v.safeParse(isoDaySchema, day).success).toBe(false);
  });
});

describe('daysBetween', () => {
  it('counts whole days across month ends and a daylight-saving change', () => {
    expect(daysBetween('2026-01-30', '2026-02-02')).toBe(3);
    // 29 March 2026 is the EU clock change; days are counted in UTC so it is still 1.
    expect(daysBetween('2026-03-28', '2026-03-29')).toBe(1);
    expect(daysBetween('2026-02-02', '2026-01-30')).toBe(-3);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('throws, naming itself, on something that is not a day', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(/^dates\/daysBetween/);
  });
});
