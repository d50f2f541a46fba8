import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { vi } from '../../../src/i18n/vi';
import { keyAreas, keyUsage, patternMatches } from '../../../src/lib/i18n/key-usage';
import { FACTOR_VALUES } from '../../../src/lib/intro/factor-values';
import { FACTOR_IDS } from '../../../src/lib/intro/weigher-input';
import { BUILTIN_CONTEXTS, RINGS } from '../../../src/lib/network/person';
import { TRUST_LEVELS } from '../../../src/lib/network/vocabulary';
import { COLLECTION_NAMES } from '../../../src/stores/collections';

// Every widget, component, page, layout, store and lib module: the places a UI key can be named.
// The dictionaries themselves are left out (they define keys, they do not use them).
const SOURCES = Object.entries(
  import.meta.glob<string>(
    ['/src/**/*.ts', '/src/**/*.svelte', '/src/**/*.astro', '!/src/i18n/**'],
    { query: '?raw', import: 'default', eager: true },
  ),
);
const DICTIONARIES = { vi, en } as const;
const VI_KEYS = Object.keys(vi);
const AREAS = keyAreas(VI_KEYS);

/** What the weigher's factor answers can be, by factor kind (`benefitA` is kind `benefit`). */
function answersOf(kind: string): string[] {
  const table = kind === 'benefitReader' ? FACTOR_VALUES.benefit : FACTOR_VALUES[kind as 'benefit'];
  return Object.keys(table);
}
const KINDS = [...new Set(FACTOR_IDS.map((id) => id.replace(/[AB]$/, '')))];
const CHOICE_KINDS = ['sensitivity', 'reciprocity', 'bypassRisk', 'benefit', 'sharedContext'];

/**
 * The keys built from data with `dataKey` (which the compiler cannot check), family by family,
 * with every member the data can hold. A new `dataKey` family fails the test below until it is
 * listed here; `fallback` names the key shown when a member has no words of its own.
 */
const DATA_FAMILIES: Record<string, { members: string[]; fallback?: string }> = {
  'collection.*': { members: COLLECTION_NAMES.map((name) => `collection.${name}`) },
  'count.*': {
    // Counted fields come from whatever a backup holds; unknown ones read "field: count".
    members: ['people', 'ties', 'customContexts', 'answers', 'goals', 'checkIns', 'items'].map(
      (field) => `count.${field}`,
    ),
    fallback: 'count.other',
  },
  'intro.factorName.*': { members: KINDS.map((kind) => `intro.factorName.${kind}`) },
  'intro.willingness.*': {
    members: answersOf('preference').map((answer) => `intro.willingness.${answer}`),
  },
  'trust.*': { members: TRUST_LEVELS.map((level) => `trust.${level}`) },
  'intro.*.*': {
    members: CHOICE_KINDS.flatMap((kind) => answersOf(kind).map((a) => `intro.${kind}.${a}`)),
  },
  'intro.why.*.*': {
    members: KINDS.filter((kind) => kind !== 'trust').flatMap((kind) =>
      answersOf(kind).map((answer) => `intro.why.${kind}.${answer}`),
    ),
  },
};

/** The shared vocabulary of the network: every ring, built-in context and trust level. */
const VOCABULARY = [
  ...RINGS.map((ring) => `ring.${ring}`),
  ...BUILTIN_CONTEXTS.map((context) => `context.${context}`),
  'context.none',
  ...TRUST_LEVELS.map((level) => `trust.${level}`),
];

describe('the UI keys the sources name', () => {
  it('finds sources to read (the scan is not silently empty)', () => {
    expect(SOURCES.length).toBeGreaterThan(100);
    expect(SOURCES.some(([path]) => path === '/src/widgets/network-map/NetworkMap.svelte')).toBe(
      true,
    );
  });

  it.each(Object.entries(DICTIONARIES))(
    'every literal key a widget, component, page or module names exists in %s',
    (_, dictionary) => {
      const missing = SOURCES.flatMap(([path, text]) =>
        [...keyUsage(text, AREAS).keys]
          .filter((key) => !Object.hasOwn(dictionary, key))
          .map((key) => `${path}: ${key}`),
      );
      expect(missing).toEqual([]);
    },
  );

  it.each(Object.entries(DICTIONARIES))(
    'every key a source builds (`ring.${…}`) matches at least one key in %s',
    (_, dictionary) => {
      const keys = Object.keys(dictionary);
      const empty = SOURCES.flatMap(([path, text]) =>
        [...keyUsage(text, AREAS).patterns]
          .filter((pattern) => !keys.some((key) => patternMatches(pattern, key)))
          .map((pattern) => `${path}: ${pattern}`),
      );
      expect(empty).toEqual([]);
    },
  );

  it('builds keys from data (dataKey) only in the families listed in this test', () => {
    const families = SOURCES.flatMap(([, text]) =>
      [...text.matchAll(/dataKey\(\s*`([^`]*)`/g)].map(([, body = '']) =>
        body.replace(/\$\{[^}]*\}/g, '*'),
      ),
    );
    expect(families.length).toBeGreaterThan(0);
    expect([...new Set(families)].filter((family) => !(family in DATA_FAMILIES))).toEqual([]);
  });

  it.each(Object.entries(DATA_FAMILIES))(
    'every member of the data-built family %s has words in both languages',
    (family, { members, fallback }) => {
      expect(members.length).toBeGreaterThan(0);
      for (const [locale, dictionary] of Object.entries(DICTIONARIES)) {
        for (const key of members) {
          expect(patternMatches(family, key), key).toBe(true);
          expect(Object.hasOwn(dictionary, key), `${locale}: ${key}`).toBe(true);
        }
        if (fallback !== undefined) expect(Object.hasOwn(dictionary, fallback)).toBe(true);
      }
    },
  );

  it('has words for every ring, built-in context and trust level in both languages', () => {
    for (const [locale, dictionary] of Object.entries(DICTIONARIES)) {
      for (const key of VOCABULARY)
        expect(Object.hasOwn(dictionary, key), `${locale}: ${key}`).toBe(true);
    }
  });

  it('keeps one spelling of the vocabulary: no area repeats a ring or context word under its own key', () => {
    // The map and the worksheet once had their own copies ("Acquaintance" / "Acquaintances").
    const copies = VI_KEYS.filter((key) => /^[a-zA-Z]+\.(ring|context)\.[a-z]+$/.test(key));
    expect(copies).toEqual([]);
  });
});
