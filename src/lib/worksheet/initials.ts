/**
 * A name reduced to its initials, for a worksheet that may be shown to others: the first letter
 * of up to three words, upper-cased ("Nguyễn Thị Thu" gives "NTT", "chị Lan" gives "CL"). Letters
 * keep their diacritics ("Ánh" gives "Á"); a name with no letter or digit gives "?".
 */
export function initialsOf(name: string): string {
  const words = name.normalize('NFC').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  const letters = words.slice(0, 3).map((word) => {
    const first = /^[\p{L}\p{N}]\p{M}*/u.exec(word)?.[0] ?? '';
    return first.toLocaleUpperCase();
  });
  return letters.length === 0 ? '?' : letters.join('');
}

/**
 * A name short enough to label a dot on the printed map: cut at `max` characters with an
 * ellipsis. Cuts between characters, never inside a letter and its accent marks.
 */
export function shortName(name: string, max = 16): string {
  const characters =
    name
      .normalize('NFC')
      .trim()
      .match(/\P{M}\p{M}*/gu) ?? [];
  if (characters.length <= max) return characters.join('');
  return `${characters
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
