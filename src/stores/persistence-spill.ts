import { collectionOfKey } from '../lib/storage/storage-key';
import { writeSpillPointer } from '../lib/storage/spill-pointer';
import { browserStorage, shadow, writeFailed } from './persistence-engine';
import { setCollectionHealth } from './storage-health';
import { LOCAL_STORAGE_BUDGET, SPILL_AT } from './storage-room';

/*
 * Large values kept in IndexedDB with a small pointer in localStorage (which stops at about
 * 5 million characters for the whole site). See persistence-indexeddb.ts for the database itself.
 *
 * Nearly every reader's values fit in localStorage, so the IndexedDB code (persistence-indexeddb.ts)
 * is not part of the pages' first JavaScript: it is fetched when a stored pointer is read, when a
 * spillable value grows past `WARM_AT` (long before it has to move), or when clearing the workbook.
 * A value that must move before the code has arrived (a large import, a restored backup) is first
 * written to localStorage as it is when it fits there, so that leaving the page while the code
 * loads loses nothing; it moves once the code is in.
 */

/** The IndexedDB code, once fetched (see `indexedDbCode`). */
export type IndexedDbCode = typeof import('./persistence-indexeddb');
let code: IndexedDbCode | undefined;
let fetching: Promise<IndexedDbCode> | undefined;

/**
 * Fetches the IndexedDB code (once while a fetch is under way). A failed fetch (offline before the
 * service worker had the file) is not kept: the next call tries again.
 */
export function indexedDbCode(): Promise<IndexedDbCode> {
  fetching ??= import('./persistence-indexeddb').then(
    (module) => (code = module),
    (error: unknown) => {
      fetching = undefined;
      throw error;
    },
  );
  return fetching;
}

/**
 * A spillable value this long fetches the IndexedDB code ahead of need: a map grows by a few
 * hundred characters an edit, so the code is in long before the value reaches `SPILL_AT`.
 */
export const WARM_AT = SPILL_AT / 2;

/** Whether this browser offers IndexedDB at all. */
export function indexedDbAvailable(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    return false;
  }
}

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
  if (version === undefined || value.length <= WARM_AT || !indexedDbAvailable()) return undefined;
  if (code === undefined) indexedDbCode().catch(() => undefined);
  return value.length > SPILL_AT ? version : undefined;
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
  // Until the code is in, the value is kept in localStorage as it is, when it fits there.
  const kept = code === undefined && keepWhole(key, value);
  const done = indexedDbCode()
    .then((indexedDb) => {
      // A newer write came while the code was on its way: this one is not needed any more.
      if (spillSequence.get(key) !== sequence) return false;
      // The same string object: comparing them costs nothing, whatever their length.
      return indexedDb
        .putSpilled(key, value, cut?.text === value ? cut.pieces : undefined)
        .then(() => true);
    })
    .then((written) => {
      if (!written || spillSequence.get(key) !== sequence) return;
      const storage = browserStorage();
      if (!storage) throw new Error('persistence/spill: localStorage is not available');
      storage.setItem(key, writeSpillPointer(version, value.length));
      spilled.add(key);
      setCollectionHealth(collection, { state: 'ok' });
    })
    .catch((error: unknown) => {
      if (spillSequence.get(key) !== sequence) return;
      // Kept whole in localStorage: saved, only not moved yet; the next write tries again.
      if (kept) setCollectionHealth(collection, { state: 'ok' });
      else writeFailed(collection, error);
    });
  pendingSpills.set(key, done);
}

/**
 * Writes a value that is to move to IndexedDB to localStorage as it is, while the IndexedDB code
 * is being fetched: the value is saved at once, and the page may be left before the code arrives.
 * A value larger than the map's share of localStorage is not tried (it would not fit, and
 * trying would copy millions of characters for nothing).
 * @returns whether the value is now in localStorage
 */
function keepWhole(key: string, value: string): boolean {
  if (value.length > LOCAL_STORAGE_BUDGET) return false;
  try {
    const storage = browserStorage();
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * A value of this key was written to localStorage: a spill still under way must not win, and the
 * copy in IndexedDB is now stale.
 */
export function unspill(key: string): void {
  spillSequence.set(key, (spillSequence.get(key) ?? 0) + 1);
  if (spilled.delete(key)) {
    void indexedDbCode()
      .then((indexedDb) => indexedDb.deleteSpilled(key))
      .catch(() => undefined);
  }
}

/** Forgets every spilled value (clearWorkbook). */
export function clearSpills(): void {
  spilled.clear();
  lastPieces.clear();
  spillSequence.clear();
  // A value spilled on an earlier visit is in IndexedDB even when no store here has read it.
  if (indexedDbAvailable()) {
    void indexedDbCode()
      .then((indexedDb) => indexedDb.clearSpilled())
      .catch(() => undefined);
  }
}
