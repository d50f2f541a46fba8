import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  partialDateMonth,
  partialDateSchema,
  partialDateYear,
} from '../../../src/lib/dates/partial-date';

describe('partialDateSchema', () => {
  it('accepts a year, a month or a day', () => {
    for (const date of ['2019', '2019-04', '2019-04-23']) {
      expect(v.safeParse(partialDateSchema, date).success).toBe(true);
    }
  });

  it('rejects impossible months, days and other shapes', () => {
    for (const date of ['19', '2019-13', '2019-04-32', '2019/04', '23 Apr 2019', '']) {
      expect(v.safeParse(partialDateSchema, date).success).toBe(false);
    }
  });
});

describe('partialDateYear', () => {
  it('reads the year whatever the precision', () => {
    expect(partialDateYear('2019')).toBe(2019);
    expect(partialDateYear('2019-04-23')).toBe(2019);
  });
});

describe('partialDateMonth', () => {
  it('gives the month when it is known and nothing when only the year is', () => {
    expect(partialDateMonth('2019-04-23')).toBe('2019-04');
    expect(partialDateMonth('2019')).toBeUndefined();
  });
});
