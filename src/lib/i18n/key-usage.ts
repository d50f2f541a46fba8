import { sourceStrings } from './source-strings';

/** The UI keys a source names: exact keys, and patterns (`ring.*`) for keys it builds. */
export interface KeyUsage {
  /** Literals that look like UI keys (`map.title`), whether or not the dictionary has them. */
  keys: Set<string>;
  /** Keys built at run time, `*` standing for the part filled in: `` `ring.${ring}` `` is `ring.*`. */
  patterns: Set<string>;
}

const KEY_LIKE = /^[a-z][A-Za-z]*(?:\.[A-Za-z0-9_-]+)+$/;
const PATTERN_LIKE = /^[a-z][A-Za-z]*\.[A-Za-z0-9_.*-]*$/;
const PREFIX_LIKE = /^[a-z][A-Za-z]*(?:\.[A-Za-z0-9_-]+)*\.$/;

/**
 * The UI keys that `source` names. A literal counts when its first segment is one of `areas` (the
 * first segments of the dictionary's keys, `map`, `storage`, …): `'map.title'` is a key,
 * `'index.html'` is not. A literal ending in a dot (`'map.context.'`) is a prefix, read as the
 * pattern `map.context.*`.
 *
 * @example keyUsage("t(`ring.${r}`); t('map.title')", new Set(['map', 'ring']))
 *          // { keys: {'map.title'}, patterns: {'ring.*'} }
 */
export function keyUsage(source: string, areas: ReadonlySet<string>): KeyUsage {
  const usage: KeyUsage = { keys: new Set(), patterns: new Set() };
  for (const { text, template } of sourceStrings(source)) {
    const area = text.slice(0, text.indexOf('.'));
    if (!areas.has(area)) continue;
    if (template && PATTERN_LIKE.test(text))
      usage.patterns.add(text.endsWith('.') ? `${text}*` : text);
    else if (PREFIX_LIKE.test(text)) usage.patterns.add(`${text}*`);
    else if (!template && KEY_LIKE.test(text)) usage.keys.add(text);
  }
  return usage;
}

/** Whether `key` is one of the keys `pattern` (with `*` wildcards) stands for. */
export function patternMatches(pattern: string, key: string): boolean {
  const parts = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[A-Za-z0-9_.-]+')}$`).test(key);
}

/**
 * The keys of `dictionary` that a usage names: its exact keys that exist, and every key one of
 * its patterns matches. Sorted, so that the same sources always pick the same strings.
 */
export function keysUsed(usage: KeyUsage, dictionaryKeys: readonly string[]): string[] {
  const patterns = [...usage.patterns];
  return dictionaryKeys
    .filter(
      (key) => usage.keys.has(key) || patterns.some((pattern) => patternMatches(pattern, key)),
    )
    .sort();
}

/** The first segments of a dictionary's keys: the areas a key-like literal must start with. */
export function keyAreas(dictionaryKeys: readonly string[]): Set<string> {
  return new Set(dictionaryKeys.map((key) => key.slice(0, key.indexOf('.'))));
}
