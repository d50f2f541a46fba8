import type { Network } from './network';
import type { Tie } from './tie';
import { orderedPair, tieKey } from './tie-key';

/** How many records `sanitizeNetwork` dropped, by reason, for the notice the reader sees. */
export interface SanitizeReport {
  /** People whose id an earlier person already had (the first one is kept). */
  duplicatePeople: number;
  /** Ties from a person to themselves. */
  selfTies: number;
  /** Ties to a person who is not on the map. */
  danglingTies: number;
  /** Ties repeating a pair already tied (the first one is kept). */
  duplicateTies: number;
  /** Custom contexts whose id an earlier one already had. */
  duplicateContexts: number;
  /** All of the above. */
  total: number;
}

/**
 * Repairs a network read from storage or a file so that every operation and metric can trust it:
 * drops people with a repeated id, self-ties, ties to missing people, repeated ties and repeated
 * custom contexts (keeping the first of each), and stores every tie pair in order (a < b).
 * Never throws, and keeps everything it can.
 * @returns the repaired network and what was dropped
 */
export function sanitizeNetwork(network: Network): { network: Network; dropped: SanitizeReport } {
  const ids = new Set<string>();
  const people = network.people.filter((person) => !ids.has(person.id) && ids.add(person.id));

  const pairs = new Set<string>();
  const ties: Tie[] = [];
  let selfTies = 0;
  let danglingTies = 0;
  for (const tie of network.ties) {
    if (tie.a === tie.b) selfTies += 1;
    else if (!ids.has(tie.a) || !ids.has(tie.b)) danglingTies += 1;
    else if (!pairs.has(tieKey(tie.a, tie.b))) {
      pairs.add(tieKey(tie.a, tie.b));
      const [a, b] = orderedPair(tie.a, tie.b);
      ties.push({ a, b, strength: tie.strength });
    }
  }

  const contextIds = new Set<string>();
  const customContexts = network.customContexts.filter(
    (context) => !contextIds.has(context.id) && contextIds.add(context.id),
  );

  const duplicatePeople = network.people.length - people.length;
  const duplicateTies = network.ties.length - ties.length - selfTies - danglingTies;
  const duplicateContexts = network.customContexts.length - customContexts.length;
  return {
    network: { ...network, people, ties, customContexts },
    dropped: {
      duplicatePeople,
      selfTies,
      danglingTies,
      duplicateTies,
      duplicateContexts,
      total: duplicatePeople + selfTies + danglingTies + duplicateTies + duplicateContexts,
    },
  };
}
