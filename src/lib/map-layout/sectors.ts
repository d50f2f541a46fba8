import type { Network } from '../network/network';
import { BUILTIN_CONTEXTS, type Person } from '../network/person';

/** An angular slice of the map for one context; `context` null is the "unsorted" sector. */
export interface Sector {
  context: string | null;
  /** Radians clockwise from 12 o'clock; the last sector ends at 2π. */
  startAngle: number;
  endAngle: number;
  /** People whose first context this is. */
  count: number;
}

const TURN = 2 * Math.PI;
/** The narrowest a sector may be (15°) while there is room, so a context of one stays a target. */
export const MIN_SECTOR_ANGLE = Math.PI / 12;

/** The sector a person is drawn in: their first context, or null (unsorted) when they have none. */
export function sectorOf(person: Pick<Person, 'contexts'>): string | null {
  return person.contexts[0] ?? null;
}

/** Built-in contexts in their usual order, then the reader's own, then any other id, sorted. */
function sectorOrder(network: Network, present: Iterable<string>): string[] {
  const known: string[] = [...BUILTIN_CONTEXTS, ...network.customContexts.map((c) => c.id)];
  const knownSet = new Set(known);
  const others = [...present].filter((context) => !knownSet.has(context)).sort();
  return [...known, ...others];
}

/**
 * Splits the circle into one sector per context that is someone's first context (plus those in
 * `alwaysShow`, so an empty context can still receive a drop; null there is the unsorted sector),
 * and an unsorted sector last when
 * someone has no context or the map is empty. Each sector gets `MIN_SECTOR_ANGLE` (less when
 * there are too many sectors for it) and the rest of the circle in proportion to its count.
 */
export function layoutSectors(
  network: Network,
  alwaysShow: readonly (string | null)[] = [],
  /** The people's head-counts by first context, when already known (cell-counts.ts). */
  bySector?: ReadonlyMap<string | null, number>,
): Sector[] {
  const counts = new Map<string | null, number>(alwaysShow.map((context) => [context, 0]));
  if (bySector) {
    for (const [context, count] of bySector) counts.set(context, count);
  } else {
    for (const person of network.people) {
      const context = sectorOf(person);
      counts.set(context, (counts.get(context) ?? 0) + 1);
    }
  }
  if (counts.size === 0) counts.set(null, 0);
  const present = [...counts.keys()].filter((context): context is string => context !== null);
  const order: (string | null)[] = sectorOrder(network, present).filter((c) => counts.has(c));
  if (counts.has(null)) order.push(null);

  const minimum = Math.min(MIN_SECTOR_ANGLE, TURN / order.length);
  const spare = TURN - minimum * order.length;
  const total = network.people.length;
  let start = 0;
  return order.map((context, i) => {
    const count = counts.get(context) ?? 0;
    const extra = total === 0 ? spare / order.length : (spare * count) / total;
    const end = i === order.length - 1 ? TURN : start + minimum + extra;
    const sector = { context, startAngle: start, endAngle: end, count };
    start = end;
    return sector;
  });
}
