import { format, type FormatParams } from './format';
import type { Locale } from './locale';

/**
 * Looks up and fills UI strings; see `format` for the placeholder syntax. `K` is the set of keys
 * it knows, so that a key outside it (a typo, a string from another area) is a type error rather
 * than raw text on the page. A component that only needs some keys takes `Translate<ThoseKeys>`,
 * and any translator over more keys can be handed to it.
 */
export type Translate<K extends string = string> = (key: K, params?: FormatParams) => string;

/**
 * A translate function over one locale's strings. Islands get only the strings they use, picked on
 * the server, so no dictionary is shipped in their JavaScript.
 *
 * @example const t = translator('vi', { 'storage.saved': 'Đã lưu' }); t('storage.saved')
 */
export function translator<K extends string>(
  locale: Locale,
  strings: Readonly<Record<K, string>>,
): Translate<K> {
  const table: Readonly<Partial<Record<string, string>>> = strings;
  return (key, params) => {
    const template = table[key];
    // A missing key shows itself rather than an empty space, so that it is noticed and fixed.
    return template === undefined ? key : format(template, params, locale);
  };
}

/**
 * A key put together from data the compiler cannot follow (a stored collection's name, an answer
 * read back from storage), as one of the keys of the translator that reads it. It is the one
 * unchecked step from data to a key: each family built this way is listed and checked in both
 * languages by tests/unit/i18n/key-usage.test.ts, and a member still missing shows itself as raw
 * text rather than failing.
 *
 * @example t(dataKey(`collection.${name}`))
 */
export function dataKey<K extends string>(key: string): K {
  return key as K;
}
