import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isoDateSchema } from '../../../src/lib/dates/iso-date';

describe('an ISO date (the focus plan’s review day, a calendar file’s day)', () => {
  it.each(['2026-12-04', '2028-02-29', '2000-02-29', '2026-04-30', '0000-02-29'])(
    'accepts %s',
    (day) => {
      expect(v.safeParse(isoDateSchema, day).success).toBe(true);
    },
  );

  it.each([
    '2027-02-29',
    '1900-02-29',
    '2027-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-12-4',
    '2026-12-04T00:00',
    ' 2026-12-04',
  ])('refuses %s, which is not a day that exists', (day) => {
    expect(v.safeParse(isoDateSchema, day).success).toBe(false);
  });
});
