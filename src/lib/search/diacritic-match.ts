import type { ExcerptSegment } from './excerpt-segments';

/**
 * Pagefind has no Vietnamese support: it folds diacritics and matches word prefixes, so "yếu"
 * (weak) also finds "yêu" (to love, to ask) and "hệ" finds "hết". In Vietnamese the marks carry
 * the meaning, so a word the reader typed WITH diacritics is matched here exactly as typed (case
 * aside); a word typed without them keeps Pagefind's loose match, as readers expect when they type
 * without accents.
 */

/** A word in lower case, composed (NFC), so that equal Vietnamese words compare equal. */
function normal(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/** The word without its diacritics ('Đường' → 'duong'). */
export function foldDiacritics(word: string): string {
  return normal(word)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replaceAll('đ', 'd');
}

/** Whether a word carries diacritics that change its meaning ('yếu' yes, 'yeu' and 'Dunbar' no). */
export function hasDiacritics(word: string): boolean {
  return foldDiacritics(word) !== normal(word);
}

/** The words of a text or query, in lower case NFC, without punctuation. */
export function words(text: string): string[] {
  return normal(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Whether a word of the text answers a query word, by the rule above. */
function answers(textWord: string, queryWord: string): boolean {
  return hasDiacritics(queryWord)
    ? textWord.startsWith(queryWord)
    : foldDiacritics(textWord).startsWith(queryWord);
}

/**
 * Whether a page's text holds every query word typed with diacritics, exactly as typed (a word
 * may continue after it: 'tác' finds 'tác'). Words without diacritics are left to Pagefind.
 *
 * @example containsStrictWords('Quan hệ yếu', ['quan', 'yếu']) // true
 * @example containsStrictWords('Yêu cầu', ['yếu']) // false
 */
export function containsStrictWords(text: string, queryWords: readonly string[]): boolean {
  const strict = queryWords.filter(hasDiacritics);
  if (strict.length === 0) return true;
  const textWords = words(text);
  return strict.every((queryWord) => textWords.some((word) => word.startsWith(queryWord)));
}

/**
 * An excerpt with Pagefind's marks kept only on words that answer a query word by the rule
 * above; a mark Pagefind put on a look-alike ('yêu' for 'yếu') becomes plain text.
 */
export function refineMarks(
  segments: readonly ExcerptSegment[],
  queryWords: readonly string[],
): ExcerptSegment[] {
  if (!queryWords.some(hasDiacritics)) return segments.map((segment) => ({ ...segment }));
  const refined: ExcerptSegment[] = [];
  for (const segment of segments) {
    const marked =
      segment.marked &&
      words(segment.text).some((word) => queryWords.some((query) => answers(word, query)));
    const last = refined.at(-1);
    if (last && last.marked === marked) last.text += segment.text;
    else refined.push({ text: segment.text, marked });
  }
  return refined;
}
