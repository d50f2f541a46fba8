import { decodeEnvelope, type CollectionCodec } from '../storage/envelope';
import type { Backup, StoredCollection } from './backup-format';
import { summariseCollection, type CollectionCount } from './collection-summary';

/**
 * What restoring can do with one collection of a backup:
 * - `ready`: this version knows the collection and the value passed its schema (after migrations);
 * - `unknown`: this version has no such collection (a later version made it); kept as it is;
 * - `invalid`: the value fails the collection's schema; it is not restored;
 * - `newer`: saved by a later schema version of the collection; it is not restored.
 */
export type CollectionStatus = 'ready' | 'unknown' | 'invalid' | 'newer';

/** One collection of a backup, as the restore preview shows it. */
export interface CollectionPreview {
  name: string;
  status: CollectionStatus;
  /** What the collection holds, counted on the value as it will be restored. */
  counts: CollectionCount[];
  /** The collection's value read by its schema; set only when `status` is `ready`. */
  value?: unknown;
  /**
   * How many of the file's values had to be repaired or left out to read it (see
   * `decodeEnvelope`), for the preview to say so; the file itself stays as it is.
   */
  repaired?: number;
  /** The collection exactly as the file holds it. */
  stored: StoredCollection;
  /** Why an `invalid` or `newer` collection cannot be restored (for developers). */
  detail: string;
}

/** The codec of a collection this version of the workbook keeps, or undefined. */
export type CodecLookup = (name: string) => CollectionCodec<unknown> | undefined;

/**
 * Checks every collection of a backup against the schema this version of the workbook reads it
 * with, the same way a stored value is read (`decodeEnvelope`: migrations, then the schema), and
 * counts what each holds. A collection that fails is reported and left out of the restore; the
 * others can still be restored. Nothing is written here.
 */
export function previewBackup(backup: Backup, codecOf: CodecLookup): CollectionPreview[] {
  return Object.entries(backup.collections).map(([name, stored]) => {
    const codec = codecOf(name);
    if (!codec) {
      return {
        name,
        status: 'unknown',
        counts: summariseCollection(stored.data),
        stored,
        detail: '',
      };
    }
    const decoded = decodeEnvelope(JSON.stringify(stored), codec);
    if (decoded.kind === 'ok') {
      const value: unknown = decoded.value;
      return {
        name,
        status: 'ready',
        counts: summariseCollection(value),
        value,
        ...(decoded.repaired ? { repaired: decoded.repaired } : {}),
        stored,
        detail: '',
      };
    }
    return {
      name,
      status: decoded.kind === 'newer' ? 'newer' : 'invalid',
      counts: summariseCollection(stored.data),
      stored,
      detail:
        decoded.kind === 'newer'
          ? `backup/previewBackup: ${name} is schema version ${String(decoded.version)}`
          : `backup/previewBackup: ${name}: ${decoded.detail}`,
    };
  });
}
