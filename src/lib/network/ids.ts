/** Makes a new id that is not in `taken`. Callers pass one in to use their own scheme (UUIDs). */
export type MakeId = (taken: ReadonlySet<string>) => string;

// Longer numeric suffixes would lose precision as numbers; ids like that are not ours to count on.
const COUNTED = /^(\d{1,15})$/;

/**
 * The next id of the form `<prefix><n>`, one past the highest `n` already taken, so that an id
 * is never handed out twice while its holder is on the map. An id freed by a deletion can come
 * back; `restorePerson` copes with that by giving the restored person a fresh id.
 * @example nextFreeId('p', new Set(['p1', 'p7', 'x'])) // 'p8'
 */
export function nextFreeId(prefix: string, taken: ReadonlySet<string>): string {
  let highest = 0;
  for (const id of taken) {
    if (!id.startsWith(prefix)) continue;
    const match = COUNTED.exec(id.slice(prefix.length));
    if (match?.[1] !== undefined) highest = Math.max(highest, Number(match[1]));
  }
  let n = highest + 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** The default person id scheme: `p1`, `p2`, … */
export const nextPersonId: MakeId = (taken) => nextFreeId('p', taken);

/**
 * An id factory in the map's own `p1, p2, …` scheme that finds the highest number once and then
 * counts on, skipping ids already taken.
 * @example counterIds(new Set(['p1', 'p7']))(new Set(['p1', 'p7'])) // 'p8'
 */
export function counterIds(taken: ReadonlySet<string>, prefix = 'p'): MakeId {
  let next = Number(nextFreeId(prefix, taken).slice(prefix.length));
  return (current) => {
    while (current.has(`${prefix}${String(next)}`)) next++;
    const id = `${prefix}${String(next)}`;
    next++;
    return id;
  };
}
