import type { CollectionName } from '../../stores/collections';

/*
 * The "Your data" page checks each stored collection by creating its store, which reads the stored
 * value through its schema and reports in `storageHealth` what it could not read. Importing the
 * list in src/stores/collections.ts would bring every store and all their actions onto the page
 * (about 20 KB gzip, a third of its JavaScript) for a reader who has stored nothing; here each
 * store is fetched only once its collection is found in this browser.
 */

/** Each collection's store module, in the order of src/stores/collections.ts (a test checks it). */
const STORE_MODULES = {
  progress: () => import('../../stores/progress'),
  answers: () => import('../../stores/answers'),
  'focus-plan': () => import('../../stores/focus-plan'),
  network: () => import('../../stores/network'),
  introductions: () => import('../../stores/introductions'),
  'import-history': () => import('../../stores/import-history'),
  'intro-weights': () => import('../../stores/intro-weights'),
  'intro-weigher': () => import('../../stores/intro-weigher'),
  'backup-meta': () => import('../../stores/backup-meta'),
} satisfies Record<CollectionName, () => Promise<unknown>>;

/** Every collection's name, in the order the page lists them. */
export const COLLECTION_NAMES = Object.keys(STORE_MODULES) as readonly CollectionName[];

/** Whether a name (from a storage key) is one of the workbook's collections. */
export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(STORE_MODULES, name);
}

const loading = new Map<CollectionName, Promise<unknown>>();

/**
 * Creates the stores of these collections (once each), so that each reads and checks what is
 * stored. A store that could not be fetched (offline after a new deploy) is tried again next time.
 * @returns the names whose store could not be fetched
 */
export async function loadCollectionStores(
  names: readonly CollectionName[],
): Promise<CollectionName[]> {
  const results = await Promise.all(
    names.map(async (name) => {
      let pending = loading.get(name);
      if (!pending) {
        pending = STORE_MODULES[name]();
        loading.set(name, pending);
      }
      try {
        await pending;
        return undefined;
      } catch {
        loading.delete(name);
        return name;
      }
    }),
  );
  return results.filter((name) => name !== undefined);
}

type StoreModule<N extends CollectionName> = Awaited<ReturnType<(typeof STORE_MODULES)[N]>>;

/** A collection's store module once `loadCollectionStores` has fetched it, else undefined. */
export async function loadedStore<N extends CollectionName>(
  name: N,
): Promise<StoreModule<N> | undefined> {
  try {
    return (await loading.get(name)) as StoreModule<N> | undefined;
  } catch {
    return undefined;
  }
}
