/*
 * IndexedDB for collections too large for localStorage (a 30,000-person network is about 9 million
 * characters; localStorage stops at about 5 million). Only src/stores/persistence.ts uses this file:
 * together they are the one module that touches storage.
 */

const DB_NAME = 'share-your-network';
const STORE = 'collections';

let opening: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(request.error ?? new Error('persistence: IndexedDB did not open'));
    request.onblocked = () => reject(new Error('persistence: IndexedDB is blocked'));
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = act(transaction.objectStore(STORE));
        // Resolve on complete, not on success: only then is a write durable.
        transaction.oncomplete = () => resolve(request.result as T);
        transaction.onerror = () =>
          reject(transaction.error ?? new Error('persistence: IndexedDB failed'));
        transaction.onabort = () =>
          reject(transaction.error ?? new Error('persistence: IndexedDB aborted'));
      }),
  );
}

/** Whether this browser offers IndexedDB at all. */
export function indexedDbAvailable(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    return false;
  }
}

/** Stores the text of a collection under its storage key. */
export function putSpilled(key: string, text: string): Promise<void> {
  return run<IDBValidKey>('readwrite', (store) => store.put(text, key)).then(() => undefined);
}

/** The text stored under a key, or undefined. */
export function getSpilled(key: string): Promise<string | undefined> {
  return run<unknown>('readonly', (store) => store.get(key)).then((value) =>
    typeof value === 'string' ? value : undefined,
  );
}

/** Removes one collection's text. */
export function deleteSpilled(key: string): Promise<void> {
  return run<undefined>('readwrite', (store) => store.delete(key));
}

/** Removes every collection's text. */
export function clearSpilled(): Promise<void> {
  return run<undefined>('readwrite', (store) => store.clear());
}
