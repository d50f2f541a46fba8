/** How many of one kind of thing a collection holds (`people: 25`). */
export interface CollectionCount {
  /** The field the things are in (`people`, `ties`, `answers`), or `items` for a plain list. */
  field: string;
  count: number;
}

const MAX_FIELDS = 6;

/**
 * What a collection holds, counted without knowing its schema: a list counts its items; an object
 * counts each of its lists and records (the map's people and ties, the answers by id, the lessons
 * visited and done). So a backup made by a later version, with collections this version does not
 * know, still shows what is in it.
 *
 * @example summariseCollection({ people: [a, b], ties: [] }) // [{ field: 'people', count: 2 }, { field: 'ties', count: 0 }]
 */
export function summariseCollection(data: unknown): CollectionCount[] {
  if (Array.isArray(data)) return [{ field: 'items', count: data.length }];
  if (!isRecord(data)) return [];
  const counts: CollectionCount[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (Array.isArray(value)) counts.push({ field, count: value.length });
    else if (isRecord(value)) counts.push({ field, count: Object.keys(value).length });
    if (counts.length === MAX_FIELDS) break;
  }
  return counts;
}

/** The total of a summary, to tell an empty collection from one that holds something. */
export function totalCount(counts: readonly CollectionCount[]): number {
  return counts.reduce((sum, { count }) => sum + count, 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
