import { z } from 'zod/mini';
import { BUILTIN_CONTEXTS } from '../network/person';
import { partialDateSchema } from '../dates/partial-date';
import { importErrorCodeSchema, importWarningSchema, rejectedRowSchema } from './import-error';

/** The notes length the person model keeps (`personSchema.notes`). */
export const MAX_NOTES_LENGTH = 20_000;

const shortText = z.string().check(z.maxLength(500));
const label = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * One contact read from a file, before it is matched against the reader's map. Its fields mirror
 * the person model; what the model has no field for (labels, phone, photo, birthday) is kept only
 * as hints and counts for the preview, never stored.
 */
export const importedContactSchema = z.object({
  /** 1-based line of the file where the row or card starts. */
  line: z.int().check(z.positive()),
  /** The best display name; '' for a LinkedIn member who hid their profile. */
  name: shortText,
  /** Where `name` came from: the person's name, their company (a company card) or an address. */
  nameSource: z.enum(['name', 'company', 'email', 'none']),
  company: shortText,
  position: shortText,
  /** E-mail addresses, primary first, without duplicates. */
  emails: z.array(shortText).check(z.maxLength(50)),
  /** A profile or web link; only http(s) and mailto survive the import. */
  url: z.string().check(z.maxLength(2000)),
  /** When the reader connected with the person (LinkedIn's "Connected On"). */
  since: z.optional(partialDateSchema),
  notes: z.string().check(z.maxLength(MAX_NOTES_LENGTH)),
  /** Labels, groups or categories as the file spells them (`Work`, `* myContacts`). */
  labels: z.array(label).check(z.maxLength(200)),
  /** Contexts the preview may suggest, derived from the company, position and labels. */
  contextHints: z.array(z.enum(BUILTIN_CONTEXTS)).check(z.maxLength(BUILTIN_CONTEXTS.length)),
  /** Topics the preview may suggest (the position, e.g. "Data Scientist"). */
  topicHints: z.array(label).check(z.maxLength(10)),
  /** The card describes a company, not a person (vCard KIND:org, Apple X-ABShowAs:COMPANY). */
  isCompany: z.boolean(),
  /** Google saved the address automatically from correspondence ("Other Contacts"). */
  autoSaved: z.boolean(),
  hasPhone: z.boolean(),
  hasPhoto: z.boolean(),
  /** `YYYY-MM-DD`, `--MM-DD` or '' ; shown in the preview only. */
  birthday: z.string().check(z.maxLength(10)),
});
export type ImportedContact = z.infer<typeof importedContactSchema>;

/** The formats the importer reads. */
export const IMPORT_FORMATS = [
  'linkedin-csv',
  'google-csv',
  'google-legacy-csv',
  'outlook-csv',
  'vcard',
] as const;
export const importFormatSchema = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof importFormatSchema>;

/** How the bytes were turned into text. */
export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'windows-1252',
] as const;
export const textEncodingSchema = z.enum(TEXT_ENCODINGS);
export type TextEncoding = z.infer<typeof textEncodingSchema>;

/** First and last connection date in the file. */
export const dateRangeSchema = z.object({
  earliest: partialDateSchema,
  latest: partialDateSchema,
});
export type DateRange = z.infer<typeof dateRangeSchema>;

/** Everything the importer read from one file. */
export const parsedImportSchema = z.object({
  format: importFormatSchema,
  encoding: textEncodingSchema,
  /** Path of the file inside a ZIP archive, or '' when the file was not an archive. */
  zipPath: z.string(),
  /** CSV only: the separator and the 1-based line of the header. */
  csv: z.optional(z.object({ delimiter: z.enum([',', ';', '\t']), headerLine: z.int() })),
  /** vCard only: how many cards each vCard version had. */
  vcardVersions: z.optional(z.record(z.string(), z.int())),
  people: z.array(importedContactSchema),
  rejected: z.array(rejectedRowSchema),
  dateRange: z.nullable(dateRangeSchema),
  /** People without a name (LinkedIn members who hid their profile); counted in `people`. */
  anonymousCount: z.int().check(z.nonnegative()),
  warnings: z.array(importWarningSchema),
});
export type ParsedImport = z.infer<typeof parsedImportSchema>;

/**
 * What `importContacts` returns: never an exception. The schema lets the UI check a result that
 * crossed a Web Worker boundary.
 */
export const importOutcomeSchema = z.discriminatedUnion('ok', [
  z.extend(parsedImportSchema, { ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: importErrorCodeSchema, detail: z.string() }),
]);
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;
/** The failing branch of {@link ImportOutcome}. */
export type ImportFailure = Extract<ImportOutcome, { ok: false }>;
