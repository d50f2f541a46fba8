import * as v from 'valibot';
import { filledText, text } from '../schema/text';
import { int, object, record } from '../schema/json-values';
import { BUILTIN_CONTEXTS } from '../network/person';
import { partialDateSchema } from '../dates/partial-date';
import { importErrorCodeSchema, importWarningSchema, rejectedRowSchema } from './import-error';

/** The notes length the person model keeps (`personSchema.notes`). */
export const MAX_NOTES_LENGTH = 20_000;

const shortText = text(500);
const label = filledText(200);

/**
 * One contact read from a file, before it is matched against the reader's map. Its fields mirror
 * the person model; what the model has no field for (labels, phone, photo, birthday) is kept only
 * as hints and counts for the preview, never stored.
 */
export const importedContactSchema = object({
  /** 1-based line of the file where the row or card starts. */
  line: v.pipe(int(), v.minValue(1)),
  /** The best display name; '' for a LinkedIn member who hid their profile. */
  name: shortText,
  /** Where `name` came from: the person's name, their company (a company card) or an address. */
  nameSource: v.picklist(['name', 'company', 'email', 'none']),
  company: shortText,
  position: shortText,
  /** E-mail addresses, primary first, without duplicates. */
  emails: v.pipe(v.array(shortText), v.maxLength(50)),
  /** A profile or web link; only http(s) and mailto survive the import. */
  url: text(2000),
  /** When the reader connected with the person (LinkedIn's "Connected On"). */
  since: v.optional(partialDateSchema),
  notes: text(MAX_NOTES_LENGTH),
  /** Labels, groups or categories as the file spells them (`Work`, `* myContacts`). */
  labels: v.pipe(v.array(label), v.maxLength(200)),
  /** Contexts the preview may suggest, derived from the company, position and labels. */
  contextHints: v.pipe(v.array(v.picklist(BUILTIN_CONTEXTS)), v.maxLength(BUILTIN_CONTEXTS.length)),
  /** Topics the preview may suggest (the position, e.g. "Data Scientist"). */
  topicHints: v.pipe(v.array(label), v.maxLength(10)),
  /** The card describes a company, not a person (vCard KIND:org, Apple X-ABShowAs:COMPANY). */
  isCompany: v.boolean(),
  /** Google saved the address automatically from correspondence ("Other Contacts"). */
  autoSaved: v.boolean(),
  hasPhone: v.boolean(),
  hasPhoto: v.boolean(),
  /** `YYYY-MM-DD`, `--MM-DD` or '' ; shown in the preview only. */
  birthday: text(10),
});
export type ImportedContact = v.InferOutput<typeof importedContactSchema>;

/** The formats the importer reads. */
export const IMPORT_FORMATS = [
  'linkedin-csv',
  'google-csv',
  'google-legacy-csv',
  'outlook-csv',
  'vcard',
] as const;
export const importFormatSchema = v.picklist(IMPORT_FORMATS);
export type ImportFormat = v.InferOutput<typeof importFormatSchema>;

/** How the bytes were turned into text. */
export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'windows-1252',
] as const;
export const textEncodingSchema = v.picklist(TEXT_ENCODINGS);
export type TextEncoding = v.InferOutput<typeof textEncodingSchema>;

/** First and last connection date in the file. */
export const dateRangeSchema = object({
  earliest: partialDateSchema,
  latest: partialDateSchema,
});
export type DateRange = v.InferOutput<typeof dateRangeSchema>;

/** Everything the importer read from one file. */
export const parsedImportSchema = object({
  format: importFormatSchema,
  encoding: textEncodingSchema,
  /** Path of the file inside a ZIP archive, or '' when the file was not an archive. */
  zipPath: v.string(),
  /** CSV only: the separator and the 1-based line of the header. */
  csv: v.optional(object({ delimiter: v.picklist([',', ';', '\t']), headerLine: int() })),
  /** vCard only: how many cards each vCard version had. */
  vcardVersions: v.optional(record(v.string(), int())),
  people: v.array(importedContactSchema),
  rejected: v.array(rejectedRowSchema),
  dateRange: v.nullable(dateRangeSchema),
  /** People without a name (LinkedIn members who hid their profile); counted in `people`. */
  anonymousCount: v.pipe(int(), v.minValue(0)),
  warnings: v.array(importWarningSchema),
});
export type ParsedImport = v.InferOutput<typeof parsedImportSchema>;

/**
 * What `importContacts` returns: never an exception. The schema lets the UI check a result that
 * crossed a Web Worker boundary.
 */
export const importOutcomeSchema = v.variant('ok', [
  object({ ...parsedImportSchema.entries, ok: v.literal(true) }),
  object({ ok: v.literal(false), error: importErrorCodeSchema, detail: v.string() }),
]);
export type ImportOutcome = v.InferOutput<typeof importOutcomeSchema>;
/** The failing branch of {@link ImportOutcome}. */
export type ImportFailure = Extract<ImportOutcome, { ok: false }>;
