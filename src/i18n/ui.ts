import { translator, type Translate } from '../lib/i18n/translator';
import type { Locale } from '../lib/i18n/locale';
import { en } from './en';
import { vi } from './vi';

/** Every key a UI string can have. */
export type UiKey = keyof typeof vi;

/**
 * The keys of one or more areas (a key's first segment): `KeysOf<'map' | 'ring'>` is every
 * `map.…` and `ring.…` key. Widgets type their `strings` and `t` with it, so a wrong key is a
 * type error, including a built one such as `` t(`ring.${ring}`) ``.
 */
export type KeysOf<Area extends string> = Extract<UiKey, `${Area}.${string}`>;

/** UI strings by key, for the keys `K`: what an island takes as its `strings` prop. */
export type UiStrings<K extends UiKey = UiKey> = Readonly<Record<K, string>>;

/** A translate function over the keys of some areas: `Translator<'map' | 'storage'>`. */
export type Translator<Area extends string> = Translate<KeysOf<Area>>;

/** The UI strings of each locale. */
export const dictionaries: Record<Locale, UiStrings> = { vi, en };

/** The translate function for a locale, for Astro components and pages. */
export function useTranslations(locale: Locale): Translate<UiKey> {
  return translator(locale, dictionaries[locale]);
}

/**
 * The strings of a locale whose keys start with one of `prefixes` (tests use it to hand a widget
 * a whole area; pages hand islands `islandStrings`, only the keys they use).
 *
 * @example pickStrings('vi', ['storage.', 'collection.'])
 */
export function pickStrings(locale: Locale, prefixes: readonly string[]): UiStrings {
  const picked: Partial<Record<UiKey, string>> = {};
  for (const [key, value] of Object.entries(dictionaries[locale]) as [UiKey, string][]) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) picked[key] = value;
  }
  return picked as UiStrings;
}
