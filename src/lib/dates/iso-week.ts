import * as v from 'valibot';

const DAY_MS = 86_400_000;
const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO 8601 week, `YYYY-Www`: weeks start on Monday, and week 1 holds the year's first Thursday. */
export type IsoWeek = `${number}-W${string}`;

function weeksInYear(year: number): number {
  // A year has 53 ISO weeks when 1 January or 31 December is a Thursday.
  const thursday = (month: number, day: number) =>
    new Date(Date.UTC(year, month, day)).getUTCDay() === 4;
  return thursday(0, 1) || thursday(11, 31) ? 53 : 52;
}

/**
 * The ISO week a calendar day (`YYYY-MM-DD`) falls in, or undefined when it is not a real day.
 * @example isoWeekOf('2026-01-01') // '2026-W01' (a Thursday)
 * @example isoWeekOf('2027-01-01') // '2026-W53'
 */
export function isoWeekOf(day: string): IsoWeek | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, date);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return undefined;
  // The Thursday of the same Monday-to-Sunday week decides the week's year.
  const weekday = (check.getUTCDay() + 6) % 7;
  const thursday = new Date(time + (3 - weekday) * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** The year and number of an ISO week, or undefined when it is not one (there is no 2026-W54). */
export function parseIsoWeek(week: string): { year: number; week: number } | undefined {
  const match = WEEK.exec(week);
  if (!match) return undefined;
  const year = Number(match[1]);
  const number = Number(match[2]);
  return number >= 1 && number <= weeksInYear(year) ? { year, week: number } : undefined;
}

/**
 * A week as stored in a check-in: an ISO week, or a day (`YYYY-MM-DD`) which is turned into the
 * week it falls in, so that two check-ins for days of the same week count as one week.
 */
export const isoWeekSchema = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const week = parseIsoWeek(dataset.value)
      ? (dataset.value as IsoWeek)
      : isoWeekOf(dataset.value);
    if (week === undefined) {
      addIssue({ message: 'expected an ISO week (YYYY-Www) or a day' });
      return NEVER;
    }
    return week;
  }),
);
