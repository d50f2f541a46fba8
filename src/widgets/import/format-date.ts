/**
 * A partial date (`2019`, `2019-04`, `2019-04-23`) written the reader's way, as precisely as it
 * is known: "2019", "April 2019", "23 April 2019" ("23 tháng 4, 2019" in Vietnamese).
 */
export function formatPartialDate(date: string, locale: string): string {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return String(year);
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(Date.UTC(year, month - 1, day ?? 1));
}
