import { describe, expect, it } from 'vitest';
import {
  inferSlashOrder,
  normaliseBirthday,
  parseContactDate,
} from '../../../src/lib/dates/contact-dates';

describe('parseContactDate', () => {
  it('reads every shape LinkedIn and re-saving spreadsheets write (import-formats notes)', () => {
    expect(parseContactDate('05 Mar 2021')).toBe('2021-03-05');
    expect(parseContactDate('5 March 2021')).toBe('2021-03-05');
    expect(parseContactDate('6-Feb-26')).toBe('2026-02-06');
    expect(parseContactDate('16.09.2021')).toBe('2021-09-16');
    expect(parseContactDate('16.09.2021 14:03')).toBe('2021-09-16');
    expect(parseContactDate('1/8/18, 6:14 PM')).toBe('2018-01-08');
    expect(parseContactDate('Mar 5, 2021')).toBe('2021-03-05');
    expect(parseContactDate('2021-03-05')).toBe('2021-03-05');
    expect(parseContactDate('2021-03-05T10:00:00Z')).toBe('2021-03-05');
    expect(parseContactDate('  14 Sept 2020 ')).toBe('2020-09-14');
  });

  it('reads slash dates day first when told to', () => {
    expect(parseContactDate('1/8/18', 'dmy')).toBe('2018-08-01');
  });

  it('maps two-digit years with the POSIX pivot', () => {
    expect(parseContactDate('1-Jan-68')).toBe('2068-01-01');
    expect(parseContactDate('1-Jan-69')).toBe('1969-01-01');
  });

  it('rejects impossible days and months', () => {
    expect(parseContactDate('31 Feb 2021')).toBeUndefined();
    expect(parseContactDate('29 Feb 2023')).toBeUndefined();
    expect(parseContactDate('29 Feb 2024')).toBe('2024-02-29');
    expect(parseContactDate('13/13/2020')).toBeUndefined();
    expect(parseContactDate('00.01.2020')).toBeUndefined();
  });

  it('rejects what is not a date', () => {
    for (const value of [
      '',
      'yesterday',
      '05 Foo 2021',
      '2021',
      '12345',
      '1/2',
      '=NOW()',
      '05 Mar 1800',
      '05 constructor 2021', // not a month, and must not reach Object.prototype
      '1 __proto__ 2020',
    ]) {
      expect(parseContactDate(value)).toBeUndefined();
    }
  });
});

describe('inferSlashOrder', () => {
  it('reads month first unless a first number is above 12', () => {
    expect(inferSlashOrder(['1/8/18', '12/25/17'])).toBe('mdy');
    expect(inferSlashOrder(['1/8/18', '25/12/17'])).toBe('dmy');
    expect(inferSlashOrder([])).toBe('mdy');
  });
});

describe('normaliseBirthday', () => {
  it('keeps Google and vCard birthdays with and without a year', () => {
    expect(normaliseBirthday('1991-04-23')).toBe('1991-04-23');
    expect(normaliseBirthday('--08-21')).toBe('--08-21');
    expect(normaliseBirthday('--0821')).toBe('--08-21');
    expect(normaliseBirthday('19910423')).toBe('1991-04-23');
    expect(normaliseBirthday('4/23/1991')).toBe('1991-04-23');
  });

  it('gives an empty text for anything else', () => {
    expect(normaliseBirthday('sometime in spring')).toBe('');
  });
});
