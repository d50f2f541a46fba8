import * as v from 'valibot';

/**
 * A `YYYY-MM-DD` date that exists, leap days included, written as one pattern. This is the check
 * the focus plan's review day has always had (zod's `iso.date()`, whose pattern this is); valibot's
 * `isoDate()` would also accept 2027-02-30. Unlike `isoDaySchema` it accepts the years 0000–0099.
 */
const ISO_DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

/** See {@link ISO_DATE}. */
export const isoDateSchema = v.pipe(v.string(), v.regex(ISO_DATE, 'expected a day as YYYY-MM-DD'));
