import type { Network } from '../network/network';
import type { Person } from '../network/person';
import { tieKey } from '../network/tie-key';

/**
 * The reader's alters and the ties among them, indexed once so that every metric runs in time
 * linear in people + ties. The reader (ego) is not a node here: every metric treats them as tied
 * to everyone on the map.
 */
export interface AlterGraph {
  /** People in map order; a repeated id keeps its first person. */
  people: Person[];
  /** Position of each id in `people`. */
  index: Map<string, number>;
  /** For each person, the positions of the people they are tied to (each once). */
  neighbours: number[][];
  /** Number of distinct valid ties among alters, and how many of them are strong. */
  tieCount: number;
  strongTieCount: number;
}

/**
 * Builds the alter graph. Metrics must not crash on a map that was not sanitised, so self-ties,
 * ties to missing people and repeated ties are skipped here (`sanitizeNetwork` reports them).
 */
export function buildAlterGraph(network: Network): AlterGraph {
  const people: Person[] = [];
  const index = new Map<string, number>();
  for (const person of network.people) {
    if (index.has(person.id)) continue;
    index.set(person.id, people.length);
    people.push(person);
  }
  const neighbours: number[][] = people.map(() => []);
  const seen = new Set<string>();
  let strongTieCount = 0;
  for (const tie of network.ties) {
    const a = index.get(tie.a);
    const b = index.get(tie.b);
    if (a === undefined || b === undefined || a === b) continue;
    const key = tieKey(tie.a, tie.b);
    if (seen.has(key)) continue;
    seen.add(key);
    neighbours[a]?.push(b);
    neighbours[b]?.push(a);
    if (tie.strength === 'strong') strongTieCount += 1;
  }
  return { people, index, neighbours, tieCount: seen.size, strongTieCount };
}
