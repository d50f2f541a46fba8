import * as v from 'valibot';

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch at UTC midnight of a `YYYY-MM-DD` day, or NaN if it is not a day. */
function dayToUtc(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return Number.NaN;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(y, m - 1, d);
  const back = new Date(time);
  // Date.UTC rolls 2023-02-30 over to 2 March; a round trip catches days that do not exist.
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d
    ? time
    : Number.NaN;
}

/**
 * A calendar day as `YYYY-MM-DD`, checked against the calendar (no 30 February). Days, not
 * timestamps, so that a follow-up set for "the 5th" stays the 5th in every time zone.
 */
export const isoDaySchema = v.pipe(
  v.string(),
  v.check((day) => !Number.isNaN(dayToUtc(day)), 'expected an existing day as YYYY-MM-DD'),
);

export type IsoDay = v.InferOutput<typeof isoDaySchema>;

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween('2026-01-30', '2026-02-02') // 3
 */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  const start = dayToUtc(from);
  const end = dayToUtc(to);
  if (Number.isNaN(start) || Number.isNaN(end)) {
    throw new Error(`dates/daysBetween: expected two days as YYYY-MM-DD, got ${from} and ${to}`);
  }
  return Math.round((end - start) / DAY_MS);
}
