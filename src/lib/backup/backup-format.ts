import * as v from 'valibot';
import { text } from '../schema/text';
import { int, object, record } from '../schema/json-values';

/** The name every backup file carries, so that another JSON file is never taken for one. */
export const BACKUP_FORMAT = 'share-your-network-backup';

/**
 * The version of the backup file's own shape (not of the collections inside it, which carry their
 * own schema version). A file written by a later version of the workbook is refused, not guessed.
 */
export const BACKUP_FORMAT_VERSION = 1;

/**
 * A collection's name as the workbook stores it (`syn:<name>`): lower case, digits and dashes.
 * Anything else (`__proto__`, a key with a colon) is not a collection of ours.
 */
export const collectionNameSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));

/**
 * One collection in a backup: its value exactly as the workbook stores it, `{ v, data }`, so that
 * restoring runs the same schema checks and migrations as reading it from the browser.
 */
export const storedCollectionSchema: v.GenericSchema<unknown, StoredCollection> = object({
  v: v.pipe(int(), v.minValue(1)),
  data: v.pipe(
    v.unknown(),
    v.check((data) => data !== undefined, 'a collection needs its data'),
  ),
});
/** See {@link storedCollectionSchema}. */
export interface StoredCollection {
  v: number;
  data: unknown;
}

/** Every collection of a workbook, by name. */
export type Workbook = Record<string, StoredCollection>;

/** A backup file: a format name and version, when it was made, and every collection. */
export const backupSchema = object({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.pipe(int(), v.minValue(1)),
  /** ISO timestamp of the moment the backup was made. */
  createdAt: text(40),
  collections: record(collectionNameSchema, storedCollectionSchema),
});
export type Backup = v.InferOutput<typeof backupSchema>;

/**
 * Why a file cannot be restored at all. Stable strings: the UI translates each one.
 * - `empty`: no text.
 * - `not-json`: the text is not JSON (a CSV, a damaged or cut-off file).
 * - `not-backup`: JSON, but not a backup of this workbook (no or another format name).
 * - `newer-version`: made by a later version of the workbook; this one cannot read it safely.
 * - `invalid`: says it is a backup, but its shape is broken.
 * - `too-large`: far larger than any workbook.
 */
export const BACKUP_ERRORS = [
  'empty',
  'not-json',
  'not-backup',
  'newer-version',
  'invalid',
  'too-large',
] as const;
export type BackupError = (typeof BACKUP_ERRORS)[number];

/** Larger than any real workbook (a 30,000-person map is about 10 million characters). */
export const MAX_BACKUP_CHARS = 100_000_000;
