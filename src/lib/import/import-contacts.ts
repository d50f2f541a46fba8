import type { PartialDate } from '../dates/partial-date';
import type { ReadContacts } from './build-contact';
import { findCsvHeader } from './csv-header';
import { chooseDelimiter, readCsvRecords } from './csv-records';
import { decodeBytes } from './decode-bytes';
import { readAddressBookRows } from './google-csv';
import { MAX_IMPORT_BYTES, type ImportErrorCode, type ImportWarning } from './import-error';
import type {
  DateRange,
  ImportFailure,
  ImportFormat,
  ImportOutcome,
  ImportedContact,
} from './imported-contact';
import { readLinkedInRows } from './linkedin-csv';
import { looksLikeBinaryText, sniffMagic } from './sniff-binary';
import { readVCards } from './vcard';
import { findContactFileInZip } from './zip-contacts';

/** Options of {@link importContacts}. */
export interface ImportOptions {
  /** Refuse larger files (and larger files inside a ZIP). Default {@link MAX_IMPORT_BYTES}. */
  maxBytes?: number;
}

/**
 * Longer than any header row, with no line break: a contact export has a line per contact, so
 * this is some other text (or one whose line breaks were lost).
 */
export const SINGLE_LINE_LIMIT = 20_000;

/** Far more columns than any contact export writes: the "CSV" is junk. */
export const MAX_COLUMNS = 1000;

// A vCard file starts with BEGIN:VCARD; a CSV with a vCard pasted into a note does not.
const VCARD_START = /^\s*BEGIN:VCARD[ \t]*(\r\n|\r|\n|$)/i;

/**
 * Reads a contact export from its bytes — LinkedIn's Connections.csv (every layout, or the whole
 * ZIP archive), Google or Outlook CSV, or vCard — recognised by content, never by file name.
 * Never throws: a file that cannot be imported comes back as `{ ok: false, error }` with a stable
 * code the UI translates; rows that cannot be read are listed in `rejected` with their line.
 *
 * @example importContacts(new Uint8Array()) // { ok: false, error: 'empty', detail: … }
 */
export function importContacts(bytes: Uint8Array, options: ImportOptions = {}): ImportOutcome {
  try {
    return importBytes(bytes, options.maxBytes ?? MAX_IMPORT_BYTES, '');
  } catch (error) {
    // Every known problem is handled above; this only keeps a bug from reaching the reader's tab.
    return fail('unknown-format', `import/importContacts: ${String(error)}`);
  }
}

function importBytes(bytes: Uint8Array, maxBytes: number, zipPath: string): ImportOutcome {
  if (bytes.length === 0) return fail('empty', 'import/importContacts: the file has no bytes');
  if (bytes.length > maxBytes) {
    return fail('too-large', `import/importContacts: ${String(bytes.length)} bytes`);
  }
  const magic = sniffMagic(bytes);
  if (magic === 'zip') {
    if (zipPath !== '') return fail('unknown-format', 'import/importContacts: a ZIP in a ZIP');
    const found = findContactFileInZip(bytes, maxBytes);
    return found.ok
      ? importBytes(found.bytes, maxBytes, found.path)
      : fail(found.error, found.detail);
  }
  if (magic) return fail(magic, `import/importContacts: the file starts like a ${magic} file`);

  const decoded = decodeBytes(bytes);
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail('empty', 'import/importContacts: only blank lines');
  if (looksLikeBinaryText(text)) {
    return fail('binary', 'import/importContacts: too many control characters');
  }
  const warnings: ImportWarning[] = [];
  if (decoded.encoding === 'windows-1252') warnings.push({ code: 'legacy-encoding' });
  if (decoded.truncated) warnings.push({ code: 'truncated' });

  if (text.length > SINGLE_LINE_LIMIT && !/[\r\n]/.test(text.trimEnd())) {
    return fail(
      'single-line',
      `import/importContacts: ${String(text.length)} characters, no line break`,
    );
  }
  const read = VCARD_START.test(text) ? readVCardText(text) : readCsvText(text);
  if (!read.ok) return read;
  const { format, contacts, extra } = read;
  // A header with nothing below it is a valid export of an empty network (a new LinkedIn account):
  // the preview says so, rather than calling the file broken.
  return {
    ok: true,
    format,
    encoding: decoded.encoding,
    zipPath,
    ...extra,
    people: contacts.people,
    rejected: contacts.rejected.sort((a, b) => a.line - b.line),
    dateRange: dateRangeOf(contacts.people),
    anonymousCount: contacts.people.filter((p) => p.nameSource === 'none').length,
    warnings: [...warnings, ...contacts.warnings],
  };
}

type ReadText =
  | {
      ok: true;
      format: ImportFormat;
      contacts: ReadContacts;
      extra: Pick<Extract<ImportOutcome, { ok: true }>, 'csv' | 'vcardVersions'>;
    }
  | ImportFailure;

function readVCardText(text: string): ReadText {
  const { cards, versions, ...contacts } = readVCards(text);
  if (cards === 0) return fail('no-rows', 'import/importContacts: no BEGIN:VCARD … END:VCARD');
  return { ok: true, format: 'vcard', contacts, extra: { vcardVersions: versions } };
}

function readCsvText(text: string): ReadText {
  if (/^\s*[[{]/.test(text)) return fail('unknown-format', 'import/importContacts: JSON, not CSV');
  const delimiter = chooseDelimiter(text);
  const { records, unterminated, endsInsideQuote } = readCsvRecords(text, delimiter);
  if (records.length === 0 && unterminated.length === 0) {
    return fail('empty', 'import/importContacts: no records');
  }
  if (records.slice(0, 20).some((record) => record.cells.length > MAX_COLUMNS)) {
    return fail('binary', `import/importContacts: more than ${String(MAX_COLUMNS)} columns`);
  }
  const header = findCsvHeader(records);
  if (!header) {
    const table = records[0] !== undefined && records[0].cells.length >= 2;
    return fail(
      table ? 'wrong-headers' : 'unknown-format',
      'import/importContacts: no LinkedIn, Google or Outlook header in the first 20 records',
    );
  }
  const contacts =
    header.layout === 'linkedin'
      ? readLinkedInRows(records, header)
      : readAddressBookRows(records, header);
  // Unterminated quotes before the header belong to a preamble, not to a contact.
  for (const line of unterminated) {
    if (line > header.line) contacts.rejected.push({ line, reason: 'unterminated-quote' });
  }
  const last = unterminated.at(-1);
  if (endsInsideQuote && last !== undefined)
    contacts.warnings.push({ code: 'truncated', line: last });
  const formats = {
    linkedin: 'linkedin-csv',
    google: 'google-csv',
    'google-legacy': 'google-legacy-csv',
    outlook: 'outlook-csv',
  } as const;
  return {
    ok: true,
    format: formats[header.layout],
    contacts,
    extra: { csv: { delimiter, headerLine: header.line } },
  };
}

/** The earliest and latest connection dates among the contacts, or null when none has one. */
export function dateRangeOf(people: readonly ImportedContact[]): DateRange | null {
  let earliest: PartialDate | undefined;
  let latest: PartialDate | undefined;
  for (const { since } of people) {
    if (since === undefined) continue;
    if (earliest === undefined || since < earliest) earliest = since;
    if (latest === undefined || since > latest) latest = since;
  }
  return earliest !== undefined && latest !== undefined ? { earliest, latest } : null;
}

function fail(error: ImportErrorCode, detail: string): ImportFailure {
  return { ok: false, error, detail };
}
