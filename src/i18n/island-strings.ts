import { keyAreas, keysUsed, keyUsage } from '../lib/i18n/key-usage';
import type { Locale } from '../lib/i18n/locale';
import { importClosure } from '../lib/i18n/source-graph';
import { dictionaries, type UiKey, type UiStrings } from './ui';

// The source text of every module an island can import, read at build time (this file only runs
// on the server: pages and wrappers call it while the site is built). The dictionaries are left
// out: they define keys, they do not use them.
const SOURCES: ReadonlyMap<string, string> = new Map(
  Object.entries(
    import.meta.glob<string>(['/src/**/*.ts', '/src/**/*.svelte', '!/src/i18n/**'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, text]) => [path.slice(1), text]),
);

const KEYS = Object.keys(dictionaries.vi) as UiKey[];
const AREAS = keyAreas(KEYS);
const used = new Map<string, UiKey[]>();

/**
 * The keys an island and everything it imports name, found by reading their sources (see
 * `keyUsage`): exact keys, and every key of a pattern it builds, such as `` `ring.${ring}` ``.
 *
 * @param island the island's path under `src/`, e.g. `widgets/FocusPlan.svelte`
 * @param leaving parts (paths under `src/`) the island does not show in the view it is given
 */
export function islandKeys(island: string, leaving: readonly string[] = []): UiKey[] {
  const entry = `src/${island}`;
  const cacheKey = [entry, ...leaving].join('\n');
  let keys = used.get(cacheKey);
  if (keys === undefined) {
    for (const file of [entry, ...leaving.map((part) => `src/${part}`)])
      if (!SOURCES.has(file)) throw new Error(`island-strings/islandKeys: no source ${file}`);
    const usage = { keys: new Set<string>(), patterns: new Set<string>() };
    const left = new Set(leaving.map((part) => `src/${part}`));
    for (const file of importClosure(entry, SOURCES, left)) {
      const found = keyUsage(SOURCES.get(file) ?? '', AREAS);
      for (const key of found.keys) usage.keys.add(key);
      for (const pattern of found.patterns) usage.patterns.add(pattern);
    }
    keys = keysUsed(usage, KEYS) as UiKey[];
    used.set(cacheKey, keys);
  }
  return keys;
}

/**
 * The strings an island shows, in one language, to hand to it as its `strings` prop: only the
 * keys its sources use, so each island's props (serialised into the page's HTML) carry no string
 * it never shows.
 *
 * @param keep narrows a family of keys the island builds from data, when the page knows which
 *             members it shows (one lesson's practice scenarios rather than every lesson's)
 * @param leaving parts the island does not show in its view on this page (see `islandKeys`)
 * @example <FocusPlan strings={islandStrings(locale, 'widgets/FocusPlan.svelte')} … />
 */
export function islandStrings(
  locale: Locale,
  island: string,
  keep: (key: UiKey) => boolean = () => true,
  leaving: readonly string[] = [],
): UiStrings {
  const dictionary = dictionaries[locale];
  // Typed as the whole dictionary so that it fits any island's `strings` prop; at run time it
  // holds the keys the island's sources name, which the key-usage tests check.
  return Object.fromEntries(
    islandKeys(island, leaving)
      .filter(keep)
      .map((key) => [key, dictionary[key]]),
  ) as UiStrings;
}
