/**
 * The form of a topic, issue or context label used to compare them: lower case, no diacritics,
 * `đ` read as `d`, single spaces. Readers type Vietnamese with and without accents ('kinh tế',
 * 'Kinh Te'); both must reach the same sources.
 * @example topicKey('  Kinh  TẾ ') // 'kinh te'
 * @example topicKey('Đầu tư') // 'dau tu'
 */
export function topicKey(text: string): string {
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
