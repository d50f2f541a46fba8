import * as v from 'valibot';
import type { Network } from './network';
import { tieStrengthSchema, type TieStrength } from './tie';
import { orderedPair } from './tie-key';

/**
 * Records that two people know each other. The pair is stored in order (a < b); when the tie
 * already exists only its strength changes, so a pair is never stored twice.
 * @throws Error for a tie from a person to themselves, to a person not on the map, or an unknown
 *   strength
 * @example addTie(network, 'p2', 'p1', 'strong') // stores { a: 'p1', b: 'p2', strength: 'strong' }
 */
export function addTie(
  network: Network,
  x: string,
  y: string,
  strength: TieStrength = 'weak',
): Network {
  if (x === y) throw new Error(`network/addTie: person ${x} cannot be tied to themselves`);
  if (!v.safeParse(tieStrengthSchema, strength).success) {
    throw new Error(`network/addTie: unknown strength ${String(strength)}`);
  }
  for (const id of [x, y]) {
    if (!network.people.some((person) => person.id === id)) {
      throw new Error(`network/addTie: person ${id} does not exist`);
    }
  }
  const [a, b] = orderedPair(x, y);
  const index = network.ties.findIndex((tie) => tie.a === a && tie.b === b);
  if (index < 0) return { ...network, ties: [...network.ties, { a, b, strength }] };
  const ties = [...network.ties];
  ties[index] = { a, b, strength };
  return { ...network, ties };
}

/** Forgets that two people know each other; removing a tie that is not there changes nothing. */
export function removeTie(network: Network, x: string, y: string): Network {
  const [a, b] = orderedPair(x, y);
  const ties = network.ties.filter((tie) => !(tie.a === a && tie.b === b));
  return ties.length === network.ties.length ? network : { ...network, ties };
}
