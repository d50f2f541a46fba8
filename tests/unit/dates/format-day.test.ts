import { describe, expect, it } from 'vitest';
import { formatDay, formatPartialDate } from '../../../src/lib/dates/format-day';

describe('formatDay', () => {
  it('writes a day in full in each language', () => {
    expect(formatDay('2026-03-03', 'en')).toBe('March 3, 2026');
    expect(formatDay('2026-03-03', 'vi')).toBe('3 tháng 3, 2026');
  });

  it('writes the day and month alone for what is due this year', () => {
    expect(formatDay('2026-01-30', 'en', 'day-month')).toBe('January 30');
    expect(formatDay('2026-01-30', 'vi', 'day-month')).toBe('30 tháng 1');
  });

  it('writes a shorter day for a printed table', () => {
    expect(formatDay('2026-03-03', 'en', 'medium')).toBe('Mar 3, 2026');
  });

  it('never moves a day to the one before, whatever the time zone (days are read in UTC)', () => {
    expect(formatDay('2027-01-01', 'en')).toBe('January 1, 2027');
  });

  it('returns text that is not a day as it is, rather than "Invalid Date"', () => {
    expect(formatDay('someday', 'en')).toBe('someday');
    expect(formatDay('2026-13-45', 'en')).toBe('2026-13-45');
    expect(formatDay('', 'vi')).toBe('');
  });
});

describe('formatPartialDate', () => {
  it('writes a date as precisely as the reader remembers it', () => {
    expect(formatPartialDate('2019', 'en')).toBe('2019');
    expect(formatPartialDate('2019-04', 'en')).toBe('April 2019');
    expect(formatPartialDate('2019-04-23', 'en')).toBe('April 23, 2019');
    expect(formatPartialDate('2019-04-23', 'vi')).toBe('23 tháng 4, 2019');
  });
});
