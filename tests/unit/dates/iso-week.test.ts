import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isoWeekOf, isoWeekSchema, parseIsoWeek } from '../../../src/lib/dates/iso-week';

describe('isoWeekOf', () => {
  it('gives the week of a day in the middle of the year', () => {
    // 2 March 2026 is a Monday; 1 January 2026 is a Thursday, so week 1 starts 29 December 2025.
    expect(isoWeekOf('2026-03-02')).toBe('2026-W10');
  });

  it('puts the first days of January in the last week of the year before when they precede its first Thursday', () => {
    // 1 January 2027 is a Friday: its week's Thursday is 31 December 2026 (2026 has 53 weeks).
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    // 3 January 2021 is a Sunday of 2020's week 53.
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
  });

  it('puts the last days of December in week 1 of the next year when their Thursday is in it', () => {
    // Monday 30 December 2024: that week's Thursday is 2 January 2025.
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  it('rejects text that is not a real day', () => {
    for (const day of ['2026-02-30', '2026-13-01', '2026-3-2', 'today', '']) {
      expect(isoWeekOf(day), day).toBeUndefined();
    }
  });
});

describe('parseIsoWeek', () => {
  it('reads the year and the week number', () => {
    expect(parseIsoWeek('2026-W10')).toEqual({ year: 2026, week: 10 });
  });

  it('knows which years have a week 53', () => {
    // 2026 starts on a Thursday: 53 weeks. 2025 starts on a Wednesday and ends on a Wednesday: 52.
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeek('2025-W53')).toBeUndefined();
  });

  it('rejects week 0, week 54 and other shapes', () => {
    for (const week of ['2026-W00', '2026-W54', '2026W10', '2026-w10', '2026-W1']) {
      expect(parseIsoWeek(week), week).toBeUndefined();
    }
  });
});

describe('isoWeekSchema', () => {
  it('keeps an ISO week and turns a day into its week', () => {
    expect(v.parse(isoWeekSchema, '2026-W10')).toBe('2026-W10');
    expect(v.parse(isoWeekSchema, '2026-03-08')).toBe('2026-W10');
  });

  it('fails on anything else', () => {
    for (const value of ['2026-W60', '8 March', 20260308]) {
      expect(v.safeParse(isoWeekSchema, value).success, String(value)).toBe(false);
    }
  });
});
