import type { PartialDate } from './partial-date';

/** Which number comes first in a slash date: `1/8/18` is 8 January in `mdy`, 1 August in `dmy`. */
export type SlashOrder = 'mdy' | 'dmy';

// LinkedIn writes English month names whatever the member's language.
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

const TIME = String.raw`(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?`;
const DAY_MONTH_NAME_YEAR = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s,-]+(\d{4}|\d{2})$/;
const MONTH_NAME_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/;
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\.?${TIME}$`);
const SLASHED = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${TIME}$`);

/**
 * Reads a connection date in any shape LinkedIn or a spreadsheet that re-saved its file writes:
 * `05 Mar 2021`, `6-Feb-26`, `Mar 5, 2021`, `2021-03-05`, `16.09.2021`, `"1/8/18, 6:14 PM"`.
 * Explicit patterns only — `new Date(string)` guesses differently in every browser.
 *
 * @param raw the cell as read
 * @param slashOrder how to read `a/b/yy` (see {@link inferSlashOrder})
 * @returns the day as `YYYY-MM-DD`, or undefined when the text is not a real date
 * @example parseContactDate('6-Feb-26') // '2026-02-06'
 */
export function parseContactDate(
  raw: string,
  slashOrder: SlashOrder = 'mdy',
): PartialDate | undefined {
  const value = raw.trim();
  let match = DAY_MONTH_NAME_YEAR.exec(value);
  if (match) return day(match[3], monthNumber(match[2]), match[1]);
  match = MONTH_NAME_DAY_YEAR.exec(value);
  if (match) return day(match[3], monthNumber(match[1]), match[2]);
  match = ISO.exec(value);
  if (match) return day(match[1], Number(match[2]), match[3]);
  match = DOTTED.exec(value);
  if (match) return day(match[3], Number(match[2]), match[1]);
  match = SLASHED.exec(value);
  if (match) {
    const [first, second] = [match[1], match[2]];
    return slashOrder === 'mdy'
      ? day(match[3], Number(first), second)
      : day(match[3], Number(second), first);
  }
  return undefined;
}

/**
 * Decides how to read the slash dates of one file: day first as soon as one of them starts with a
 * number above 12, month first otherwise (LinkedIn's own 2018 format, `1/8/18`).
 */
export function inferSlashOrder(values: Iterable<string>): SlashOrder {
  for (const value of values) {
    const match = SLASHED.exec(value.trim());
    if (match && Number(match[1]) > 12) return 'dmy';
  }
  return 'mdy';
}

/**
 * A birthday as `YYYY-MM-DD` or yearless `--MM-DD` (Google writes both; Outlook writes `M/D/YYYY`);
 * '' when it is neither.
 */
export function normaliseBirthday(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) || /^--\d{2}-\d{2}$/.test(value)) return value;
  const compact = /^--(\d{2})(\d{2})$/.exec(value); // vCard 4.0 BDAY:--0821
  if (compact) return `--${compact[1] ?? ''}-${compact[2] ?? ''}`;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (us)
    return `${us[3] ?? ''}-${(us[1] ?? '').padStart(2, '0')}-${(us[2] ?? '').padStart(2, '0')}`;
  const basic = /^(\d{4})(\d{2})(\d{2})$/.exec(value); // vCard BDAY:19910423
  if (basic) return `${basic[1] ?? ''}-${basic[2] ?? ''}-${basic[3] ?? ''}`;
  return '';
}

function day(
  yearText: string | undefined,
  month: number | undefined,
  dayText: string | undefined,
): PartialDate | undefined {
  if (yearText === undefined || month === undefined || dayText === undefined) return undefined;
  let year = Number(yearText);
  // Two-digit years: the POSIX strptime pivot (00–68 → 20xx). LinkedIn itself dates from 2003.
  if (yearText.length === 2) year += year <= 68 ? 2000 : 1900;
  const date = Number(dayText);
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || date < 1) return undefined;
  if (date > daysInMonth(year, month)) return undefined;
  return `${String(year)}-${pad(month)}-${pad(date)}`;
}

// A lookup that cannot reach Object.prototype ("constructor", "__proto__" are not months).
function monthNumber(name: string | undefined): number | undefined {
  const key = (name ?? '').toLowerCase();
  return Object.hasOwn(MONTHS, key) ? MONTHS[key] : undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
