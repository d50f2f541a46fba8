import type { Page } from '@playwright/test';

/** Everything this site keeps in the browser: every localStorage key and every IndexedDB record. */
export async function storedData(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const local = Object.keys(localStorage)
      .sort()
      .map((key) => [key, localStorage.getItem(key)]);
    const databases: unknown[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(`cannot open ${name}`));
      });
      for (const storeName of [...db.objectStoreNames].sort()) {
        const store = db.transaction(storeName).objectStore(storeName);
        const read = (request: IDBRequest) =>
          new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
        databases.push([
          name,
          storeName,
          await read(store.getAllKeys()),
          await read(store.getAll()),
        ]);
      }
      db.close();
    }
    return JSON.stringify({ local, databases });
  });
}
