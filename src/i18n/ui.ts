import { translator, type Translate } from '../lib/i18n/translator';
import { en } from './en';
import { vi } from './vi';
import type { Locale } from './locales';

/** The UI strings of each locale. */
export const dictionaries: Record<Locale, Readonly<Record<UiKey, string>>> = { vi, en };

/** Every key a UI string can have. */
export type UiKey = keyof typeof vi;

/** The translate function for a locale, for Astro components and pages. */
export function useTranslations(
  locale: Locale,
): (key: UiKey, params?: Parameters<Translate>[1]) => string {
  return translator(locale, dictionaries[locale]);
}

/**
 * The strings of a locale whose keys start with one of `prefixes`, to hand to a Svelte island as a
 * prop: the island then ships only the strings it shows, in one language.
 *
 * @example pickStrings('vi', ['storage.', 'collection.'])
 */
export function pickStrings(locale: Locale, prefixes: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const [key, value] of Object.entries(dictionaries[locale])) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) picked[key] = value;
  }
  return picked;
}
