import { RINGS, type Ring } from '../../lib/network/person';
import type { SortAction } from '../../lib/network/sorting-session';

/** The letters that pick a context, in order; shown on each context's button. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Each context the reader can sort into, with its letter (the first 26 have one). */
export function contextKeys(contexts: readonly string[]): { context: string; key?: string }[] {
  return contexts.map((context, i) => {
    const key = LETTERS[i];
    return key === undefined ? { context } : { context, key };
  });
}

/** Which ring each number key files into: 1 the innermost, 4 acquaintances. */
export function ringKey(ring: Ring): string {
  return String(RINGS.indexOf(ring) + 1);
}

/**
 * What a key press means in the sorting mode: 1–4 a ring, a letter a context, → later,
 * Backspace (or Ctrl/⌘+Z) undo, Escape leave; undefined for any other key, which is left alone.
 */
export function sortingKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  contexts: readonly string[],
): SortAction | 'close' | undefined {
  const key = event.key.toLowerCase();
  if (event.ctrlKey || event.metaKey) return key === 'z' ? { kind: 'undo' } : undefined;
  if (event.altKey) return undefined;
  if (key === 'escape') return 'close';
  if (key === 'backspace') return { kind: 'undo' };
  if (key === 'arrowright') return { kind: 'skip' };
  const ring = RINGS[Number(key) - 1];
  if (/^[1-4]$/.test(key) && ring !== undefined) return { kind: 'ring', ring };
  const index = LETTERS.indexOf(key);
  const context = key.length === 1 && index >= 0 ? contexts[index] : undefined;
  return context === undefined ? undefined : { kind: 'context', context };
}
