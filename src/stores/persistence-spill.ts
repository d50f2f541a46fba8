import { collectionOfKey } from '../lib/storage/storage-key';
import { writeSpillPointer } from '../lib/storage/spill-pointer';
import { browserStorage, shadow, writeFailed } from './persistence-engine';
import {
  clearSpilled,
  deleteSpilled,
  indexedDbAvailable,
  putSpilled,
} from './persistence-indexeddb';
import { setCollectionHealth } from './storage-health';
import { SPILL_AT } from './storage-room';

/*
 * Large values kept in IndexedDB with a small pointer in localStorage (which stops at about
 * 5 million characters for the whole site). See persistence-indexeddb.ts for the database itself.
 */

/** Storage keys of the collections that may spill, with their schema version (for the pointer). */
export const spillable = new Map<string, number>();
/** Keys whose current value lives in IndexedDB. */
export const spilled = new Set<string>();
/** The latest spill write of each key: an older write that finishes late must not win. */
const spillSequence = new Map<string, number>();
/** The IndexedDB write of each key still under way, for `whenSaved`. */
export const pendingSpills = new Map<string, Promise<void>>();
/** The pieces the latest text of each key was joined from, when its collection cuts it. */
const lastPieces = new Map<string, { text: string; pieces: readonly string[] }>();

/**
 * Keeps the pieces a collection's text was just joined from (see `CollectionOptions.toPieces`), so
 * that a spill writes only the pieces that changed.
 */
export function rememberPieces(key: string, text: string, pieces: readonly string[]): void {
  lastPieces.set(key, { text, pieces });
}

/** Whether a value for this key should go to IndexedDB; its schema version when it should. */
export function spillVersion(key: string, value: string): number | undefined {
  const version = spillable.get(key);
  return version !== undefined && value.length > SPILL_AT && indexedDbAvailable()
    ? version
    : undefined;
}

/**
 * Writes a large value to IndexedDB, then points localStorage at it: the pointer is written only
 * once the value is safely stored, so it never points at something missing. Until then the value
 * is in `shadow`, and it stays there: memory and IndexedDB now hold the same text.
 */
export function spill(key: string, value: string, version: number): void {
  const collection = collectionOfKey(key) ?? key;
  shadow.set(key, value);
  const sequence = (spillSequence.get(key) ?? 0) + 1;
  spillSequence.set(key, sequence);
  const cut = lastPieces.get(key);
  // The same string object: comparing them costs nothing, whatever their length.
  const done = putSpilled(key, value, cut?.text === value ? cut.pieces : undefined)
    .then(() => {
      if (spillSequence.get(key) !== sequence) return;
      const storage = browserStorage();
      if (!storage) throw new Error('persistence/spill: localStorage is not available');
      storage.setItem(key, writeSpillPointer(version, value.length));
      spilled.add(key);
      setCollectionHealth(collection, { state: 'ok' });
    })
    .catch((error: unknown) => {
      if (spillSequence.get(key) === sequence) writeFailed(collection, error);
    });
  pendingSpills.set(key, done);
}

/**
 * A value of this key was written to localStorage: a spill still under way must not win, and the
 * copy in IndexedDB is now stale.
 */
export function unspill(key: string): void {
  spillSequence.set(key, (spillSequence.get(key) ?? 0) + 1);
  if (spilled.delete(key)) void deleteSpilled(key).catch(() => undefined);
}

/** Forgets every spilled value (clearWorkbook). */
export function clearSpills(): void {
  spilled.clear();
  lastPieces.clear();
  spillSequence.clear();
  if (indexedDbAvailable()) void clearSpilled().catch(() => undefined);
}
