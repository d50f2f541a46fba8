import type { Network } from '../network/network';
import { RINGS, type Ring } from '../network/person';

/** How many people are on the map, in all and in each closeness ring. */
export interface RingSizes {
  total: number;
  byRing: Record<Ring, number>;
}

/**
 * Counts people per closeness ring (inner, close, wider, acquaintance). Compare with Dunbar's
 * layers of about 5 / 15 / 50 / 150.
 */
export function sizeByRing(network: Pick<Network, 'people'>): RingSizes {
  const byRing = Object.fromEntries(RINGS.map((ring) => [ring, 0])) as Record<Ring, number>;
  for (const person of network.people) byRing[person.ring] += 1;
  return { total: network.people.length, byRing };
}

/** How many people each context holds, and how many have no context yet. */
export interface ContextSizes {
  /** Contexts that hold at least one person, largest first, then by id. */
  byContext: { context: string; count: number }[];
  noContext: number;
}

/**
 * Counts people per context. A person in several contexts counts once in each, so the counts
 * may add up to more than the number of people.
 */
export function sizeByContext(network: Pick<Network, 'people'>): ContextSizes {
  const counts = new Map<string, number>();
  let noContext = 0;
  for (const person of network.people) {
    const contexts = new Set(person.contexts);
    if (contexts.size === 0) noContext += 1;
    for (const context of contexts) counts.set(context, (counts.get(context) ?? 0) + 1);
  }
  const byContext = [...counts]
    .map(([context, count]) => ({ context, count }))
    .sort((x, y) => y.count - x.count || (x.context < y.context ? -1 : 1));
  return { byContext, noContext };
}
