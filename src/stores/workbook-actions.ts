import { quarantineKey, storageKey } from '../lib/storage/storage-key';
import {
  browserStorage,
  clearing,
  held,
  safeGet,
  safeRemove,
  shadow,
  unwritten,
} from './persistence-engine';
import { listStoredEntries } from './persistence-entries';
import { clearSpills, pendingSpills } from './persistence-spill';
import { flushWrites } from './persistence-write';
import { registry } from './persistence';
import { storageHealth, setCollectionHealth } from './storage-health';

/*
 * What the workbook does with its stored collections as a whole, at the reader's request: start a
 * damaged one afresh, clear everything, wait for a save, store a backup's text. Apart from
 * persistence.ts, which every widget loads, because only "Your data", the import, a backup and
 * the storage notices (fetched when there is a problem) use them.
 */

/**
 * The reader's choice for a damaged, repaired or newer value: keep a copy of the stored text under
 * a quarantine key (unless `keepCopy` is false, for when there is no room and the reader has
 * downloaded it), then save what is on screen (empty, or the repaired value) over it.
 *
 * @returns false when the copy could not be kept; nothing was changed then.
 */
export function startAfresh(collection: string, { keepCopy = true } = {}): boolean {
  const health = storageHealth.get()[collection];
  const entry = registry.get(collection);
  if (!entry || !health || !('raw' in health)) return false;
  const key = storageKey(collection);
  if (keepCopy) {
    try {
      const storage = browserStorage();
      if (!storage) return false;
      storage.setItem(`${quarantineKey(collection)}:${new Date().toISOString()}`, health.raw);
    } catch {
      return false;
    }
  }
  // Read the value while the key is still held, so that mounting the store cannot re-read storage.
  const onScreen = entry.store.get();
  held.delete(key);
  setCollectionHealth(collection, { state: 'ok' });
  entry.store.set(onScreen);
  // The reader has just chosen: what the notice now says (saved, or not) must already be so.
  flushWrites();
  return true;
}

/**
 * Removes everything the workbook stored in this browser and resets every collection in this tab.
 * The page asks the reader to confirm before calling it.
 */
export function clearWorkbook(): void {
  for (const { key } of listStoredEntries()) safeRemove(key);
  unwritten.clear();
  held.clear();
  shadow.clear();
  clearSpills();
  clearing.now = true;
  try {
    for (const [collection, { store, initial }] of registry) {
      store.set(initial());
      setCollectionHealth(collection, { state: 'ok' });
    }
  } finally {
    clearing.now = false;
  }
}

/**
 * Resolves once the latest write of a collection has reached storage: at once when it went to
 * localStorage, later when a large value is on its way to IndexedDB.
 * @returns true when the collection is saved, false when the write failed or is held
 */
export async function whenSaved(collection: string): Promise<boolean> {
  flushWrites();
  const key = storageKey(collection);
  for (let pending = pendingSpills.get(key); pending; pending = pendingSpills.get(key)) {
    await pending;
    if (pendingSpills.get(key) === pending) pendingSpills.delete(key);
  }
  return storageHealth.get()[collection] === undefined;
}

/**
 * Stores the text of a collection that no store on this page reads (a collection restored from a
 * backup made by a later version), but only when nothing is stored under its key yet: a value
 * this page cannot check never replaces one already there.
 * @returns whether the text was stored
 */
export function writeStoredTextIfAbsent(collection: string, text: string): boolean {
  const key = storageKey(collection);
  const storage = browserStorage();
  if (!storage || registry.has(collection) || safeGet(key) !== undefined) return false;
  try {
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}
