import { addDraft, emptyReadContacts, type ReadContacts } from './build-contact';
import { cellAt, columnIndex, hasExtraFields, type CsvHeader } from './csv-header';
import type { CsvRecord } from './csv-records';
import { inferSlashOrder, parseContactDate } from '../dates/contact-dates';

/**
 * Reads the rows of a LinkedIn Connections.csv in any of its layouts (current with URL, 2018 and
 * 2019–2023 without, re-saved by a spreadsheet), mapping columns by name. A row with only a date
 * is a member who hid their profile: kept, without a name. A date that is not a date means the
 * columns are shifted, so the row is rejected rather than imported wrong.
 *
 * @param records every record of the file
 * @param header the header found by `findCsvHeader`, with layout `linkedin`
 */
export function readLinkedInRows(records: readonly CsvRecord[], header: CsvHeader): ReadContacts {
  const { columns } = header;
  const first = columnIndex(columns, 'first name');
  const last = columnIndex(columns, 'last name');
  const url = columnIndex(columns, 'url', 'profile url');
  const email = columnIndex(columns, 'email address', 'e-mail address', 'email');
  const company = columnIndex(columns, 'company');
  const position = columnIndex(columns, 'position');
  const connectedOn = columnIndex(columns, 'connected on');
  const rows = records.slice(header.index + 1);
  const slashOrder = inferSlashOrder(rows.map((row) => cellAt(row.cells, connectedOn)));

  const result = emptyReadContacts();
  for (const { line, cells } of rows) {
    if (cells.every((cell) => cell.trim() === '')) {
      result.rejected.push({ line, reason: 'empty-row' });
      continue;
    }
    if (hasExtraFields(cells, columns.length)) {
      result.rejected.push({ line, reason: 'extra-fields' });
      continue;
    }
    const date = cellAt(cells, connectedOn).trim();
    const since = date === '' ? undefined : parseContactDate(date, slashOrder);
    if (date !== '' && since === undefined) {
      result.rejected.push({ line, reason: 'bad-date' });
      continue;
    }
    addDraft(result, {
      line,
      name: `${cellAt(cells, first)} ${cellAt(cells, last)}`,
      company: cellAt(cells, company),
      position: cellAt(cells, position),
      emails: [cellAt(cells, email)],
      urls: [cellAt(cells, url)],
      since,
    });
  }
  return result;
}
