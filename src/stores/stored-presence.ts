/*
 * Whether a collection has anything stored in this browser, read without loading its store: a page
 * that shows a collection only when there is something in it (the worksheet's map, log, plan and
 * practice sections) fetches that store's code, its schema and repairs, only then. The key is the
 * one persistence.ts writes (`syn:<name>`); a large value moved to IndexedDB leaves its pointer
 * under the same key, so it counts as stored too.
 */

const keyOf = (collection: string) => `syn:${collection}`;

/**
 * Whether something (text, a damaged value, or a pointer to IndexedDB) is stored for `collection`.
 * True when localStorage cannot be read, so that the store itself runs and tells the reader.
 */
export function hasStored(collection: string): boolean {
  try {
    return window.localStorage.getItem(keyOf(collection)) !== null;
  } catch {
    return true;
  }
}

/**
 * Calls `stored(collection)` when another tab stores something for one of `collections` (the
 * reader adds their first person to the map there): this page then loads that store as well.
 * @returns a function that stops listening
 */
export function whenStoredElsewhere(
  collections: readonly string[],
  stored: (collection: string) => void,
): () => void {
  const listen = (event: StorageEvent) => {
    // A cleared storage (another tab's "delete everything") names no key: nothing new to show.
    const collection = collections.find((name) => event.key === keyOf(name));
    if (collection !== undefined && event.newValue !== null) stored(collection);
  };
  window.addEventListener('storage', listen);
  return () => window.removeEventListener('storage', listen);
}
