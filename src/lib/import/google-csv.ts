import { addDraft, emptyReadContacts, type ReadContacts } from './build-contact';
import { cellAt, columnIndex, columnIndexes, hasExtraFields, type CsvHeader } from './csv-header';
import type { CsvRecord } from './csv-records';
import { normaliseBirthday } from '../dates/contact-dates';

/** Where one address-book layout keeps each field; arrays hold numbered or repeated columns. */
interface AddressBookColumns {
  fullName: number;
  nameParts: number[];
  nickname: number;
  fileAs: number;
  company: number;
  position: number;
  notes: number;
  labels: number;
  /** How several labels share one cell. */
  labelSeparator: RegExp;
  emails: number[];
  phones: number[];
  websites: number[];
  birthday: number;
}

// Google joins several values in one cell with " ::: ".
const MULTI_VALUE = /\s*:::\s*/;

/**
 * Maps the columns of a Google Contacts CSV (current or legacy layout) or of Google's and
 * Microsoft's "Outlook CSV" by name; numbered groups (`E-mail 3 - Value`) are found by pattern.
 */
export function addressBookColumns(header: CsvHeader): AddressBookColumns {
  const c = header.columns;
  if (header.layout === 'outlook') {
    return {
      fullName: -1,
      nameParts: [
        columnIndex(c, 'first name'),
        columnIndex(c, 'middle name'),
        columnIndex(c, 'last name'),
      ],
      nickname: columnIndex(c, 'nickname'),
      fileAs: -1,
      company: columnIndex(c, 'company'),
      position: columnIndex(c, 'job title'),
      notes: columnIndex(c, 'notes'),
      labels: columnIndex(c, 'categories'),
      labelSeparator: /\s*;\s*/,
      emails: columnIndexes(c, /^e-mail( \d+)? address$/),
      phones: columnIndexes(c, /phone( \d+)?$/),
      websites: columnIndexes(c, /^(personal )?web page$/),
      birthday: columnIndex(c, 'birthday'),
    };
  }
  const legacy = header.layout === 'google-legacy';
  return {
    fullName: legacy ? columnIndex(c, 'name') : -1,
    nameParts: legacy
      ? [
          columnIndex(c, 'given name'),
          columnIndex(c, 'additional name'),
          columnIndex(c, 'family name'),
        ]
      : [columnIndex(c, 'first name'), columnIndex(c, 'middle name'), columnIndex(c, 'last name')],
    nickname: columnIndex(c, 'nickname'),
    fileAs: columnIndex(c, 'file as'),
    company: columnIndex(c, 'organization name', 'organization 1 - name'),
    position: columnIndex(c, 'organization title', 'organization 1 - title'),
    notes: columnIndex(c, 'notes'),
    labels: columnIndex(c, 'labels', 'group membership'),
    labelSeparator: MULTI_VALUE,
    emails: columnIndexes(c, /^e-mail \d+ - value$/),
    phones: columnIndexes(c, /^phone \d+ - value$/),
    websites: columnIndexes(c, /^website \d+ - value$/),
    birthday: columnIndex(c, 'birthday'),
  };
}

/**
 * Reads the rows of a Google Contacts or Outlook CSV. The name is the full name column or the
 * joined name parts, else the nickname, else "File As"; company-only rows and Google's
 * auto-saved correspondents (often just an address) are kept and marked.
 */
export function readAddressBookRows(
  records: readonly CsvRecord[],
  header: CsvHeader,
): ReadContacts {
  const columns = addressBookColumns(header);
  const result = emptyReadContacts();
  for (const { line, cells } of records.slice(header.index + 1)) {
    if (cells.every((cell) => cell.trim() === '')) {
      result.rejected.push({ line, reason: 'empty-row' });
      continue;
    }
    if (hasExtraFields(cells, header.columns.length)) {
      result.rejected.push({ line, reason: 'extra-fields' });
      continue;
    }
    const cell = (index: number) => cellAt(cells, index).trim();
    const values = (indexes: number[], separator = MULTI_VALUE) =>
      indexes.flatMap((index) => cell(index).split(separator)).filter((value) => value !== '');
    const labels = values([columns.labels], columns.labelSeparator);
    const joined = columns.nameParts
      .map(cell)
      .filter((part) => part !== '')
      .join(' ');
    addDraft(result, {
      line,
      name: cell(columns.fullName) || joined || cell(columns.nickname) || cell(columns.fileAs),
      company: cell(columns.company),
      position: cell(columns.position),
      emails: values(columns.emails),
      urls: values(columns.websites),
      notes: cellAt(cells, columns.notes),
      labels,
      autoSaved: labels.some((label) => /^\*?\s*other contacts$/i.test(label)),
      hasPhone: values(columns.phones).length > 0,
      birthday: normaliseBirthday(cell(columns.birthday)),
    });
  }
  return result;
}
