import { readSpillPointer } from '../lib/storage/spill-pointer';
import { QUARANTINE_PREFIX, STORAGE_PREFIX, collectionOfKey } from '../lib/storage/storage-key';
import { browserStorage, safeGet, safeRemove } from './persistence-engine';
import { indexedDbCode } from './persistence-spill';
import { flushWrites } from './persistence-write';

/* What the workbook has stored in this browser, key by key, for the "Your data" page. */

/** One stored key for the "Your data" page. */
export interface StoredEntry {
  key: string;
  /** The collection, or undefined for a quarantined copy. */
  collection: string | undefined;
  /** Characters stored (key and value): localStorage's limit is counted in characters. */
  chars: number;
  /** Whether the value itself is in IndexedDB (localStorage holds a pointer to it). */
  inIndexedDb: boolean;
}

/** Every key the workbook has in this browser, with its size. */
export function listStoredEntries(): StoredEntry[] {
  // What is listed is read from storage itself: a change waiting for a paint is written first.
  flushWrites();
  const storage = browserStorage();
  if (!storage) return [];
  const entries: StoredEntry[] = [];
  try {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (!key?.startsWith(STORAGE_PREFIX)) continue;
      const value = storage.getItem(key) ?? '';
      const pointer = readSpillPointer(value);
      entries.push({
        key,
        collection: collectionOfKey(key),
        chars: key.length + (pointer ? pointer.chars : value.length),
        inIndexedDb: pointer !== undefined,
      });
    }
  } catch {
    return entries;
  }
  return entries.sort((a, b) => a.key.localeCompare(b.key));
}

/** The stored text under a key of the workbook's, following a pointer into IndexedDB. */
export async function readStoredText(key: string): Promise<string | undefined> {
  if (!key.startsWith(STORAGE_PREFIX)) return undefined;
  const text = safeGet(key);
  if (text !== undefined && readSpillPointer(text)) {
    return indexedDbCode().then((indexedDb) => indexedDb.getSpilled(key));
  }
  return text;
}

/** Removes one quarantined copy. */
export function removeQuarantined(key: string): void {
  if (key.startsWith(QUARANTINE_PREFIX)) safeRemove(key);
}

/** Whether the browser lets the workbook read its storage at all. */
export function storageAvailable(): boolean {
  return browserStorage() !== undefined;
}
