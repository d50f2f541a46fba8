/**
 * Counts what a read would lose: every value in the stored data (a string, number or boolean) that
 * the value read back holds fewer times. Defaults the schema fills in are not
 * losses (the read value may hold more); a record dropped, a text cut, an unknown outcome
 * replaced or a `__proto__` key left out each count once per value they held (keys themselves
 * are not counted: a key without a value loses nothing).
 *
 * Places are ignored on purpose: a value moved aside to be kept (an answer the book cannot read
 * goes to `unreadable`) or a tie written in order is not lost, and dropping the first of a
 * hundred records counts that record's values, not the hundred after it. Walks without recursion
 * (see repair-text.ts).
 */
export function countLostValues(stored: unknown, read: unknown): number {
  const available = leafCounts(read);
  let lost = 0;
  for (const [leaf, count] of leafCounts(stored)) {
    lost += Math.max(0, count - (available.get(leaf) ?? 0));
  }
  return lost;
}

function leafCounts(value: unknown): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (leaf: string) => counts.set(leaf, (counts.get(leaf) ?? 0) + 1);
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || current === undefined) continue;
    if (Array.isArray(current)) {
      for (const child of current as unknown[]) stack.push(child);
    } else if (typeof current === 'object') {
      for (const key of Object.keys(current)) {
        stack.push((current as Record<string, unknown>)[key]);
      }
    } else if (typeof current === 'string') {
      add(`s:${current}`);
    } else {
      add(`${typeof current}:${JSON.stringify(current)}`);
    }
  }
  return counts;
}
