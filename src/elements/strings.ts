import type { Locale } from '../lib/i18n/locale';
import { dictionaries, type UiKey } from '../i18n/ui';

/**
 * The strings a custom element still words in the browser (a count, a time, a notice about
 * damaged storage), as the JSON of its `data-strings` attribute. Everything else the element
 * shows is written into its HTML on the server; only these few templates travel as data.
 * Server-only: it reads the whole dictionary.
 *
 * @param keys exact keys, or prefixes ending in `.` (`'storage.'`) for every key of a family
 * @example <answer-box data-strings={elementStrings(locale, ['answers.words', 'storage.'])}>
 */
export function elementStrings(locale: Locale, keys: readonly string[]): string {
  const dictionary = dictionaries[locale];
  const picked = Object.entries(dictionary).filter(([key]) =>
    keys.some((wanted) => (wanted.endsWith('.') ? key.startsWith(wanted) : key === wanted)),
  );
  return JSON.stringify(Object.fromEntries(picked));
}

/**
 * What the storage notices of `collections` say (see storage-notices.ts): their names and texts.
 * Every storage key but `storage.part.*`, which only Svelte widgets' lazy parts show: these strings
 * are repeated in each element's HTML (eight answer boxes on the practice lesson).
 */
export function noticeKeys(collections: readonly string[]): string[] {
  return [
    'storage.damaged.',
    'storage.newer.',
    'storage.repaired.',
    'storage.unsaved.',
    ...keys(
      'storage.keepRepaired',
      'storage.keepRepairedNoCopy',
      'storage.download',
      'storage.startAfresh',
      'storage.startAfreshNoCopy',
      'storage.noRoomForCopy',
      'storage.yourData',
      'storage.saved',
      'storage.loading',
      'storage.saving',
    ),
    ...collections.map((name) => `collection.${name}`),
  ];
}

/** A typed key list, so that a misspelt key is a type error where it is written. */
export function keys<K extends UiKey>(...list: K[]): K[] {
  return list;
}
