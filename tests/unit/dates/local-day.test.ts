import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isoDaySchema } from '../../../src/lib/dates/iso-day';
import { localToday } from '../../../src/lib/dates/local-day';

describe('localToday', () => {
  it('is the calendar day on the reader’s own clock, padded as YYYY-MM-DD', () => {
    expect(localToday(new Date(2026, 2, 3, 9, 15))).toBe('2026-03-03');
    expect(localToday(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('stays on the same day late in the evening, where a UTC day could already be tomorrow', () => {
    const lateEvening = new Date(2026, 0, 30, 23, 59, 59);
    expect(localToday(lateEvening)).toBe('2026-01-30');
  });

  it('is always a day the stored schemas accept', () => {
    for (let month = 0; month < 12; month += 1) {
      const day = localToday(new Date(2028, month, 29));
      expect(v.safeParse(isoDaySchema, day).success).toBe(true);
    }
  });
});
