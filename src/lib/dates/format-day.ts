/**
 * Calendar days and half-remembered dates written the reader's way. Days are stored as text
 * (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) and formatted in UTC, so "the 5th" is the 5th in every time
 * zone and a day is never shown as the one before.
 */

/** How much of a day is written: `long` "3 March 2026", `medium` "3 Mar 2026", `day-month` "3 March". */
export type DayStyle = 'long' | 'medium' | 'day-month';

const STYLES: Readonly<Record<DayStyle, Intl.DateTimeFormatOptions>> = {
  long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  medium: { dateStyle: 'medium', timeZone: 'UTC' },
  'day-month': { day: 'numeric', month: 'long', timeZone: 'UTC' },
};

// Building a DateTimeFormat costs far more than using one: keep one per locale and style.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: string, key: string, options: Intl.DateTimeFormatOptions) {
  const cacheKey = `${locale}\u0000${key}`;
  let format = formats.get(cacheKey);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(cacheKey, format);
  }
  return format;
}

/**
 * A `YYYY-MM-DD` day in the reader's language; text that is not a day is returned as it is.
 *
 * @example formatDay('2026-03-03', 'en') // 'March 3, 2026'
 * @example formatDay('2026-03-03', 'vi', 'day-month') // '3 tháng 3'
 */
export function formatDay(day: string, locale: string, style: DayStyle = 'long'): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(time)) return day;
  return formatFor(locale, style, STYLES[style]).format(time);
}

/**
 * A partial date (`2019`, `2019-04`, `2019-04-23`) as precisely as it is known: "2019",
 * "April 2019", "April 23, 2019" ("23 tháng 4, 2019" in Vietnamese).
 */
export function formatPartialDate(date: string, locale: string): string {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return String(year);
  if (day === undefined) {
    const options = { year: 'numeric', month: 'long', timeZone: 'UTC' } as const;
    return formatFor(locale, 'month', options).format(Date.UTC(year, month - 1, 1));
  }
  return formatFor(locale, 'long', STYLES.long).format(Date.UTC(year, month - 1, day));
}
