/** The separator and line ending the workbook writes (RFC 4180; what spreadsheets expect). */
export const CSV_LINE_END = '\r\n';

// = + - @ start a formula; TAB, CR and LF do in some spreadsheets (OWASP "CSV Injection"), and so
// do the full-width forms of = + - @ that CJK input methods type.
const FORMULA_START = /^[ \u00a0]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;
// A line inside a multi-line cell that starts like a formula; papaparse's escapeFormulae only
// looks at the very first character of the cell and misses these and a leading line feed.
const FORMULA_LINE = /([\r\n])([ \u00a0]*[=+\-@\t\uff1d\uff0b\uff0d\uff20])/g;

/**
 * Makes a text cell safe to open in a spreadsheet: a cell, or any line of a multi-line cell, that
 * would start a formula gets a leading apostrophe, which spreadsheets read as "this is text".
 * @example neutraliseFormula('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function neutraliseFormula(value: string): string {
  const inner = value.replace(FORMULA_LINE, "$1'$2");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/**
 * One CSV field: text is neutralised, then quoted when it holds the separator, a quote, a line
 * break or spaces at either end; numbers are written as they are.
 */
export function csvField(value: string | number, delimiter = ','): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutraliseFormula(value);
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Options for {@link toCsv}. */
export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark. Excel needs it to read Vietnamese letters correctly;
   * R users then read with `read.csv(file, fileEncoding = "UTF-8-BOM")`. Default true.
   */
  bom?: boolean;
  delimiter?: ',' | ';';
}

/** Rows as CSV text, CRLF line endings, every text cell neutralised. */
export function toCsv(
  rows: readonly (readonly (string | number)[])[],
  options: CsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const body = rows
    .map((row) => row.map((cell) => csvField(cell, delimiter)).join(delimiter))
    .join(CSV_LINE_END);
  return (options.bom === false ? '' : '\uFEFF') + body + CSV_LINE_END;
}
