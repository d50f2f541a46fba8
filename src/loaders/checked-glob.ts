import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { LOCALES } from '../lib/i18n/locale';
import { assertLocaleParity, type ParityItem } from '../lib/lessons/locale-parity';

/** One entry of a collection's data store, as the glob loader saved it. */
export type StoredEntry = ReturnType<LoaderContext['store']['values']>[number];

interface CheckedGlobOptions {
  pattern: string;
  base: string;
  /** What one item is, for the error messages ('lesson', 'glossary term'). */
  kind: string;
  /** The translated items one loaded file holds. */
  items: (entry: StoredEntry) => ParityItem[];
  /** Whether each file holds one item and must be named after its id. */
  fileNamedById?: boolean;
}

/**
 * Astro's glob loader, followed by a check that every language holds the same items in the same
 * order: the content sync, and with it `astro build`, `astro dev` and `astro check`, stops with a
 * message naming each file to fix when a lesson or glossary term exists in one language only.
 * The check sees the entries after the collection's schema has parsed them.
 */
export function checkedGlob(options: CheckedGlobOptions): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  return {
    name: 'checked-glob',
    load: async (context) => {
      await inner.load(context);
      const items = context.store.values().flatMap(options.items);
      const check =
        options.fileNamedById === undefined ? {} : { fileNamedById: options.fileNamedById };
      assertLocaleParity(options.kind, items, LOCALES, check);
    },
  };
}

/** The locale of an entry: the first folder of its id ('vi/practice' → 'vi', 'en' → 'en'). */
export function entryLocale(entry: StoredEntry): string {
  return entry.id.split('/')[0] ?? '';
}
