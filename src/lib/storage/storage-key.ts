/** Every key the workbook writes starts with this, so that it never touches another site's data. */
export const STORAGE_PREFIX = 'syn:';

/** Where the raw text of a damaged collection is kept once the reader chooses to start afresh. */
export const QUARANTINE_PREFIX = `${STORAGE_PREFIX}quarantine:`;

/** The storage key of a collection. @example storageKey('answers') // 'syn:answers' */
export function storageKey(collection: string): string {
  return STORAGE_PREFIX + collection;
}

/** The storage key that keeps a damaged copy of a collection. */
export function quarantineKey(collection: string): string {
  return QUARANTINE_PREFIX + collection;
}

/** The collection a storage key belongs to, or undefined for keys that are not the workbook's. */
export function collectionOfKey(key: string): string | undefined {
  if (!key.startsWith(STORAGE_PREFIX) || key.startsWith(QUARANTINE_PREFIX)) return undefined;
  return key.slice(STORAGE_PREFIX.length);
}
