import { nextPersonId } from './ids';
import type { Network } from './network';
import type { Person } from './person';
import { indexOfPerson } from './person-input';
import { orderedPair, tieKey } from './tie-key';
import type { Tie } from './tie';

/** Everything `removePerson` took off the map, so that `restorePerson` can put it back. */
export interface RemovedPerson {
  person: Person;
  /** Where the person stood in `people`, so that undo keeps the reader's order. */
  index: number;
  /** The person's ties, as they were stored. */
  ties: Tie[];
}

/**
 * Takes a person off the map together with their ties (a tie to a missing person is impossible).
 * @returns the new network and what `restorePerson` needs to undo the removal
 * @throws Error when the person does not exist
 */
export function removePerson(
  network: Network,
  id: string,
): { network: Network; undo: RemovedPerson } {
  const index = indexOfPerson('network/removePerson', network.people, id);
  const person = network.people[index] as Person;
  const ties = network.ties.filter((tie) => tie.a === id || tie.b === id);
  return {
    network: {
      ...network,
      people: network.people.filter((_, i) => i !== index),
      ties: network.ties.filter((tie) => tie.a !== id && tie.b !== id),
    },
    undo: { person, index, ties },
  };
}

/**
 * Undoes `removePerson`: the person goes back where they were, with every tie whose other end is
 * still on the map. Nothing is lost when the map changed meanwhile: if their id was handed to
 * someone else, they come back under a fresh id; a tie that now exists keeps its current strength.
 */
export function restorePerson(network: Network, removed: RemovedPerson): Network {
  const ids = new Set(network.people.map((person) => person.id));
  const oldId = removed.person.id;
  const id = ids.has(oldId) ? nextPersonId(ids) : oldId;
  const people = [...network.people];
  people.splice(Math.min(removed.index, people.length), 0, { ...removed.person, id });
  ids.add(id);

  const existing = new Set(network.ties.map((tie) => tieKey(tie.a, tie.b)));
  const ties = [...network.ties];
  for (const tie of removed.ties) {
    const other = tie.a === oldId ? tie.b : tie.a;
    if (other === oldId || !ids.has(other)) continue;
    const [a, b] = orderedPair(id, other);
    const key = tieKey(a, b);
    if (existing.has(key)) continue;
    existing.add(key);
    ties.push({ a, b, strength: tie.strength });
  }
  return { ...network, people, ties };
}
