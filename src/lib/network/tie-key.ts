/**
 * The pair `[a, b]` in the order ties are stored in (a < b by code unit), so that the same two
 * people are always written the same way.
 */
export function orderedPair(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

/**
 * One string naming an unordered pair, for sets and maps of ties. The NUL separator cannot occur
 * in ids typed or imported as text, so `('a b', 'c')` and `('a', 'b c')` never collide.
 */
export function tieKey(x: string, y: string): string {
  const [a, b] = orderedPair(x, y);
  return `${a}\u0000${b}`;
}
