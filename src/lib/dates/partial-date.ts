import * as v from 'valibot';

/**
 * A date the reader may only half remember: a year (`2019`), a month (`2019-04`) or a day
 * (`2019-04-23`). Kept as text so that "some time in 2019" never turns into 1 January.
 */
export const partialDateSchema = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'expected YYYY, YYYY-MM or YYYY-MM-DD',
  ),
);

export type PartialDate = v.InferOutput<typeof partialDateSchema>;

/** The year of a partial date. @example partialDateYear('2019-04') // 2019 */
export function partialDateYear(date: PartialDate): number {
  return Number(date.slice(0, 4));
}

/** The `YYYY-MM` month of a partial date, or undefined when only the year is known. */
export function partialDateMonth(date: PartialDate): string | undefined {
  return date.length >= 7 ? date.slice(0, 7) : undefined;
}
