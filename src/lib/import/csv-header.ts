import type { CsvRecord } from './csv-records';

/** The CSV exports the importer knows. */
export type CsvLayout = 'linkedin' | 'google' | 'google-legacy' | 'outlook';

/** The header record of a contact CSV and what kind of export it belongs to. */
export interface CsvHeader {
  /** Index of the header in the record list; data records follow it. */
  index: number;
  line: number;
  layout: CsvLayout;
  /** Column names, normalised with {@link normaliseColumnName}. */
  columns: string[];
}

/** How many records may come before the header (LinkedIn's Notes preamble takes two or three). */
export const HEADER_SEARCH_RECORDS = 20;

/**
 * A column name as compared: BOM, quotes and extra spaces removed, lower case.
 * @example normaliseColumnName('\uFEFF Connected  On') // 'connected on'
 */
export function normaliseColumnName(cell: string): string {
  return cell
    .replace(/\uFEFF/g, '')
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Finds the header among the first {@link HEADER_SEARCH_RECORDS} records — never by skipping a
 * fixed number of lines, since BOMs, CRLF and spreadsheets that delete LinkedIn's preamble all
 * move it.
 */
export function findCsvHeader(records: readonly CsvRecord[]): CsvHeader | undefined {
  const limit = Math.min(records.length, HEADER_SEARCH_RECORDS);
  for (let index = 0; index < limit; index++) {
    const record = records[index];
    if (!record) continue;
    const columns = record.cells.map(normaliseColumnName);
    const layout = classifyColumns(columns);
    if (layout) return { index, line: record.line, layout, columns };
  }
  return undefined;
}

/**
 * Says which export a header belongs to, by its column names (their order and number vary:
 * Google repeats numbered groups as needed, LinkedIn dropped and added columns over the years).
 */
export function classifyColumns(columns: readonly string[]): CsvLayout | undefined {
  const has = (name: string) => columns.includes(name);
  const hasMatching = (pattern: RegExp) => columns.some((column) => pattern.test(column));
  if (has('given name') && (has('family name') || has('group membership'))) return 'google-legacy';
  if (!has('first name') && !has('last name')) return undefined;
  if (has('connected on')) return 'linkedin';
  if (has('labels') || has('organization name') || hasMatching(/^e-mail \d+ - value$/)) {
    return 'google';
  }
  if (has('e-mail address') || has('job title') || has('categories')) return 'outlook';
  if (has('position') && (has('company') || has('email address'))) return 'linkedin';
  return undefined;
}

/** Index of the first column with one of these names, or -1. */
export function columnIndex(columns: readonly string[], ...names: string[]): number {
  for (const name of names) {
    const index = columns.indexOf(name);
    if (index !== -1) return index;
  }
  return -1;
}

/** Indexes of every column whose name matches, in file order (Google's numbered groups). */
export function columnIndexes(columns: readonly string[], pattern: RegExp): number[] {
  const indexes: number[] = [];
  columns.forEach((column, index) => {
    if (pattern.test(column)) indexes.push(index);
  });
  return indexes;
}

/** The cell at `index`, or '' when the column is missing or the row is short. */
export function cellAt(cells: readonly string[], index: number): string {
  return index < 0 ? '' : (cells[index] ?? '');
}

/**
 * True when a row holds filled cells beyond the header's columns: an unquoted separator shifted
 * them, so none of the row's cells can be trusted.
 */
export function hasExtraFields(cells: readonly string[], columnCount: number): boolean {
  for (let i = columnCount; i < cells.length; i++) {
    if ((cells[i] ?? '').trim() !== '') return true;
  }
  return false;
}
