/*
 * A content hash for stored pieces of text (see stores/persistence-indexeddb.ts): two 32-bit
 * FNV-1a hashes with different offsets and the length, so that two different pieces of a map
 * share a name only by a chance far below one in a billion billion.
 */

const PRIME = 0x01000193;

function fnv(text: string, offset: number): number {
  let hash = offset;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, PRIME);
  }
  return hash >>> 0;
}

/**
 * A short name for a text, the same in every tab and on every visit.
 * @example textHash('') // '0-811c9dc5-…'
 */
export function textHash(text: string): string {
  return `${text.length.toString(36)}-${fnv(text, 0x811c9dc5).toString(36)}-${fnv(text, 0x2f1b7d3).toString(36)}`;
}
