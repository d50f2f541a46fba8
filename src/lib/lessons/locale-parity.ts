import * as v from 'valibot';
import { number, object } from '../schema/json-values';

/**
 * One translated item as the build sees it: a lesson (its position is its `order`) or a glossary
 * term (its position is its place in the glossary's `terms` list), with the file it comes from so
 * that a message can say which file to fix.
 */
export const parityItemSchema = object({
  locale: v.pipe(v.string(), v.minLength(1)),
  id: v.pipe(v.string(), v.minLength(1)),
  position: number(),
  file: v.pipe(v.string(), v.minLength(1)),
});

export type ParityItem = v.InferOutput<typeof parityItemSchema>;

/**
 * Every way in which the languages of a collection fail to line up: an item in a folder that is
 * not a workbook language, an id twice in one language, an id missing from a language, an item at
 * a different position in another language, or two items sharing a position. Empty when the
 * languages match.
 *
 * @param kind what the items are, for the messages ('lesson', 'glossary term')
 * @param locales the workbook's languages, in order
 * @example localeParityProblems('lesson', [{ locale: 'vi', id: 'a', position: 1, file: 'vi/a.mdx' }], ['vi', 'en'])
 * // ['lesson "a" exists in vi (vi/a.mdx) but not in en']
 */
export function localeParityProblems(
  kind: string,
  items: readonly ParityItem[],
  locales: readonly string[],
): string[] {
  const problems: string[] = [];
  const byLocale = new Map<string, Map<string, ParityItem>>(locales.map((l) => [l, new Map()]));

  for (const item of items) {
    const ids = byLocale.get(item.locale);
    if (!ids) {
      problems.push(
        `${kind} "${item.id}" (${item.file}) is in "${item.locale}", which is not a workbook language (${locales.join(', ')})`,
      );
      continue;
    }
    const twin = ids.get(item.id);
    if (twin) {
      problems.push(
        `${kind} "${item.id}" appears twice in ${item.locale}: ${twin.file} and ${item.file}`,
      );
      continue;
    }
    ids.set(item.id, item);
  }

  for (const [locale, ids] of byLocale) {
    const taken = new Map<number, ParityItem>();
    for (const item of ids.values()) {
      const other = taken.get(item.position);
      if (other) {
        problems.push(
          `${kind}s "${other.id}" and "${item.id}" share position ${item.position} in ${locale} (${other.file}, ${item.file})`,
        );
      } else taken.set(item.position, item);
    }
  }

  const allIds = new Set(items.filter((item) => byLocale.has(item.locale)).map((item) => item.id));
  for (const id of allIds) {
    const present = locales.flatMap((locale) => byLocale.get(locale)?.get(id) ?? []);
    const first = present[0];
    if (!first) continue;
    for (const locale of locales) {
      if (!byLocale.get(locale)?.has(id)) {
        problems.push(
          `${kind} "${id}" exists in ${first.locale} (${first.file}) but not in ${locale}`,
        );
      }
    }
    for (const item of present.slice(1)) {
      if (item.position !== first.position) {
        problems.push(
          `${kind} "${id}" is at position ${first.position} in ${first.locale} (${first.file}) but ${item.position} in ${item.locale} (${item.file}): keep the same order in every language`,
        );
      }
    }
  }
  return problems;
}

/**
 * Throws one error listing every problem `localeParityProblems` (and, for collections with one
 * file per item, `fileNameProblems`) finds, so that a build stops with the whole list of files to
 * fix rather than the first one.
 *
 * @throws Error 'lessons/assertLocaleParity: the lessons differ between languages: …'
 */
export function assertLocaleParity(
  kind: string,
  items: readonly ParityItem[],
  locales: readonly string[],
  options: { fileNamedById?: boolean } = {},
): void {
  const problems = [
    ...localeParityProblems(kind, items, locales),
    ...(options.fileNamedById ? fileNameProblems(items) : []),
  ];
  if (problems.length === 0) return;
  throw new Error(
    `lessons/assertLocaleParity: the ${kind}s differ between languages:\n` +
      problems.map((problem) => `  - ${problem}`).join('\n'),
  );
}

/**
 * Lesson files whose name is not their `id` (content/lessons/<locale>/<id>.mdx): a file named
 * after something else makes the two languages hard to pair up by eye.
 *
 * @example fileNameProblems([{ locale: 'vi', id: 'a', position: 1, file: 'content/lessons/vi/b.mdx' }])
 * // ['content/lessons/vi/b.mdx declares id "a": name the file a.mdx']
 */
export function fileNameProblems(items: readonly ParityItem[]): string[] {
  return items.flatMap((item) => {
    const name = item.file.split('/').pop() ?? '';
    const stem = name.replace(/\.[^.]+$/, '');
    return stem === item.id
      ? []
      : [`${item.file} declares id "${item.id}": name the file ${item.id}.mdx`];
  });
}
