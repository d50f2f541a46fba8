import * as v from 'valibot';
import { int, object } from '../schema/json-values';

/**
 * Largest file the importer reads. LinkedIn caps connections at 30,000 (about 5 MB of CSV) and a
 * Google export of a large address book with photos stays well below this; anything bigger is not
 * a contact export, and reading it would freeze the reader's tab.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * Why a whole file could not be imported. Stable strings: the UI translates each one.
 * - `empty`: no bytes, or only blank lines.
 * - `binary`: not text (an image, a PDF, random bytes, absurd column counts).
 * - `spreadsheet`: an Excel workbook (.xlsx/.xls); the reader should save it as CSV.
 * - `unknown-format`: text, but neither CSV nor vCard.
 * - `wrong-headers`: a table whose columns are not a LinkedIn, Google or Outlook export.
 * - `zip-without-contacts`: an archive with no Connections.csv (or other contact file) inside.
 * - `truncated`: the file is cut short beyond repair (a damaged ZIP archive).
 * - `too-large`: over {@link MAX_IMPORT_BYTES}.
 * - `no-rows`: a vCard file in which no card could be read.
 * - `single-line`: a long text with no line break at all: not a contact export (one line per
 *   contact), or one whose line breaks were lost.
 */
export const IMPORT_ERROR_CODES = [
  'empty',
  'binary',
  'spreadsheet',
  'unknown-format',
  'wrong-headers',
  'zip-without-contacts',
  'truncated',
  'too-large',
  'no-rows',
  'single-line',
] as const;
export const importErrorCodeSchema = v.picklist(IMPORT_ERROR_CODES);
export type ImportErrorCode = v.InferOutput<typeof importErrorCodeSchema>;

/**
 * Why one row (or one vCard) was left out while the rest of the file was imported.
 * - `unterminated-quote`: a quoted cell never closes; the parser resumed on the next line.
 * - `extra-fields`: more filled cells than the header has columns (an unquoted comma shifted them).
 * - `bad-date`: the connection date is not a date, so the columns are probably shifted too.
 * - `empty-row`: every cell is empty.
 * - `no-identity`: nothing we keep (name, company, e-mail, link) identifies the person.
 * - `invalid-field`: a value is far longer than any real name, company or link.
 */
export const REJECT_REASONS = [
  'unterminated-quote',
  'extra-fields',
  'bad-date',
  'empty-row',
  'no-identity',
  'invalid-field',
] as const;
export const rejectReasonSchema = v.picklist(REJECT_REASONS);
export type RejectReason = v.InferOutput<typeof rejectReasonSchema>;

/**
 * Something the reader should know although the import can go ahead.
 * - `truncated`: the file seems cut short (an unterminated quote at the end, a last vCard without
 *   END, an incomplete character at the end); everything before it was read.
 * - `unclosed-card`: a vCard in the middle of the file has no END before the next one begins; it
 *   was read up to there, and the reader should check that contact.
 * - `legacy-encoding`: the bytes were not UTF-8 and were read as Windows-1252; accents may be off.
 * - `shortened`: a note longer than the workbook keeps was shortened.
 */
export const WARNING_CODES = [
  'truncated',
  'unclosed-card',
  'legacy-encoding',
  'shortened',
] as const;
export const warningCodeSchema = v.picklist(WARNING_CODES);
export type WarningCode = v.InferOutput<typeof warningCodeSchema>;

/** A row left out, with the 1-based line of the file where it starts. */
export const rejectedRowSchema = object({
  line: v.pipe(int(), v.minValue(1)),
  reason: rejectReasonSchema,
});
export type RejectedRow = v.InferOutput<typeof rejectedRowSchema>;

/** A warning; `line` is given when the problem has a place in the file. */
export const importWarningSchema = object({
  code: warningCodeSchema,
  line: v.optional(v.pipe(int(), v.minValue(1))),
});
export type ImportWarning = v.InferOutput<typeof importWarningSchema>;
