// Metrics call topicKey for every tag of every person on each change; a map of 1,000 people
// repeats the same few hundred tags. The cache only remembers results, so the function stays pure.
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;
// Printable ASCII and the usual white space; anything else takes the full Unicode path.
const ASCII = /^[ -~\t\n\r]*$/;

/**
 * The form of a topic, issue or context label used to compare them: lower case, no diacritics,
 * `đ` read as `d`, single spaces. Readers type Vietnamese with and without accents ('kinh tế',
 * 'Kinh Te'); both must reach the same sources.
 * @example topicKey('  Kinh  TẾ ') // 'kinh te'
 * @example topicKey('Đầu tư') // 'dau tu'
 */
export function topicKey(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  // Plain ASCII needs no Unicode normalisation, which is most of the cost.
  const key = ASCII.test(text) ? text.toLowerCase().replace(/\s+/g, ' ').trim() : fold(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, key);
  return key;
}

function fold(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      // Combining marks carry Vietnamese tones and vowel hats once NFD has split them off.
      .replace(/\p{M}/gu, '')
      // `đ` is a letter of its own, not d plus a mark, so NFD leaves it whole.
      .replace(/đ/g, 'd')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
