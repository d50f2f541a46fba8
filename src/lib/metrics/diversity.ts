import type { Network } from '../network/network';
import { topicKey } from '../network/topic-key';
import { available, unavailable, type Metric } from './unavailable';

/** A plain reading of the Blau index. */
export type DiversityBand = 'low' | 'medium' | 'high';

/**
 * Band thresholds. 1 / (1 − Blau) is the number of equally large contexts that would give the
 * same index, so 0.5 reads "as spread as two equal contexts" and 0.75 "as four"; below two the
 * map is dominated by one context, from four on it draws on many.
 */
export const BLAU_MEDIUM_FROM = 0.5;
export const BLAU_HIGH_FROM = 0.75;

/**
 * Blau's index of heterogeneity, 1 − Σ pₖ², over category counts (Blau 1977). 0 when everything
 * is in one category; approaches 1 as it spreads over many. Null when there is nothing to count.
 * @example blauIndex([1, 1]) // 0.5
 */
export function blauIndex(counts: readonly number[]): number | null {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total <= 0) return null;
  return 1 - counts.reduce((sum, count) => sum + (count / total) ** 2, 0);
}

/** The plain reading of a Blau index (see `BLAU_MEDIUM_FROM`, `BLAU_HIGH_FROM`). */
export function blauBand(index: number): DiversityBand {
  if (index >= BLAU_HIGH_FROM) return 'high';
  return index >= BLAU_MEDIUM_FROM ? 'medium' : 'low';
}

/** How varied the reader's sources are. */
export interface Diversity {
  /** Distinct contexts people come from. */
  contexts: number;
  /** Distinct topics people know about or the reader learns from them (compared by `topicKey`). */
  topics: number;
  /** Blau over contexts, with the number of equal contexts it equals and its band. */
  blau: Metric<{ index: number; equivalentContexts: number; band: DiversityBand }>;
}

/**
 * Counts contexts and topics and computes Blau's index over contexts. pₖ is context k's share of
 * all context memberships: a person in two contexts counts once in each (their ties reach into
 * both), and people with no context are left out (nothing is known of where they come from).
 * Unavailable (`no-contexts`) when nobody has a context, or `no-people` on an empty map.
 */
export function diversity(network: Pick<Network, 'people'>): Diversity {
  const memberships = new Map<string, number>();
  const topics = new Set<string>();
  for (const person of network.people) {
    for (const context of new Set(person.contexts)) {
      memberships.set(context, (memberships.get(context) ?? 0) + 1);
    }
    for (const topic of [...person.knowsAbout, ...person.learnFrom]) {
      const key = topicKey(topic);
      if (key !== '') topics.add(key);
    }
  }
  const index = blauIndex([...memberships.values()]);
  let blau: Diversity['blau'];
  if (network.people.length === 0) blau = unavailable('no-people');
  else if (index === null) blau = unavailable('no-contexts');
  else blau = available({ index, equivalentContexts: 1 / (1 - index), band: blauBand(index) });
  return { contexts: memberships.size, topics: topics.size, blau };
}
