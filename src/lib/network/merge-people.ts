import type { Network } from './network';
import type { Person } from './person';
import { indexOfPerson, toPerson } from './person-input';
import { restorePerson, type RemovedPerson } from './remove-person';
import type { Tie } from './tie';
import { tieKey } from './tie-key';
import { mergeFields } from './merge-fields';

/** What `mergePeople` changed, so that `unmergePeople` can take it back. */
export interface MergeUndo {
  /** The kept person as they were before the merge. */
  kept: Person;
  /** The person merged away, where they stood and their ties as stored. */
  removed: RemovedPerson;
  /** Ties the kept person gained from the other record (they did not have them before). */
  added: Tie[];
  /** Ties both records had, as the kept person had them before the merge made them strong. */
  strengthened: Tie[];
}

/**
 * Merges two records of the same person into one: `keepId` stays (with its id, so every tie and
 * introduction that points at it still does), `dropId` leaves the map and everything it held moves
 * over. See `mergeFields` for how each field is chosen. The other record's ties are re-pointed to
 * the kept person: a tie between the two records themselves is dropped (nobody is tied to
 * themselves), and a third person tied to both keeps one tie, the stronger of the two.
 * @returns the new network, the merged person and what `unmergePeople` needs to undo it
 * @throws Error when either person does not exist or both ids are the same
 * @example mergePeople(network, 'p1', 'p7').person.id // 'p1'
 */
export function mergePeople(
  network: Network,
  keepId: string,
  dropId: string,
): { network: Network; person: Person; undo: MergeUndo } {
  if (keepId === dropId) {
    throw new Error(`network/mergePeople: cannot merge ${keepId} with themselves`);
  }
  const keepIndex = indexOfPerson('network/mergePeople', network.people, keepId);
  const dropIndex = indexOfPerson('network/mergePeople', network.people, dropId);
  const kept = network.people[keepIndex] as Person;
  const dropped = network.people[dropIndex] as Person;
  const person = toPerson('network/mergePeople', mergeFields(kept, dropped));

  const ownTies = new Map<string, Tie>();
  for (const tie of network.ties) {
    if (tie.a === keepId || tie.b === keepId) ownTies.set(tieKey(tie.a, tie.b), tie);
  }
  const added: Tie[] = [];
  const strengthened: Tie[] = [];
  const droppedTies: Tie[] = [];
  const ties: Tie[] = [];
  for (const tie of network.ties) {
    if (tie.a !== dropId && tie.b !== dropId) ties.push(tie);
  }
  for (const tie of network.ties) {
    if (tie.a !== dropId && tie.b !== dropId) continue;
    droppedTies.push(tie);
    const other = tie.a === dropId ? tie.b : tie.a;
    if (other === keepId || other === dropId) continue;
    const key = tieKey(keepId, other);
    const existing = ownTies.get(key);
    if (existing === undefined) {
      const [a, b] = keepId < other ? [keepId, other] : [other, keepId];
      const moved = { a, b, strength: tie.strength };
      ownTies.set(key, moved);
      added.push(moved);
      ties.push(moved);
    } else if (existing.strength === 'weak' && tie.strength === 'strong') {
      // Either record knowing them well means the reader knows they are close.
      const index = ties.indexOf(existing);
      const stronger = { ...existing, strength: 'strong' as const };
      ties[index] = stronger;
      ownTies.set(key, stronger);
      strengthened.push(existing);
    }
  }

  const people = network.people
    .map((other) => (other.id === keepId ? person : other))
    .filter((other) => other.id !== dropId);
  return {
    network: { ...network, people, ties },
    person,
    undo: {
      kept,
      removed: { person: dropped, index: dropIndex, ties: droppedTies },
      added,
      strengthened,
    },
  };
}

/**
 * Undoes `mergePeople`: the kept person gets back what they held before, the ties they gained
 * go (those they had keep their old strength) and the other record returns where it stood, with
 * its own ties. When the map changed meanwhile nothing else is touched: a tie the reader added
 * since stays, and a kept person deleted since is not brought back.
 */
export function unmergePeople(network: Network, undo: MergeUndo): Network {
  const keepId = undo.kept.id;
  const addedKeys = new Set(undo.added.map((tie) => tieKey(tie.a, tie.b)));
  const before = new Map(undo.strengthened.map((tie) => [tieKey(tie.a, tie.b), tie]));
  const ties = network.ties
    .filter((tie) => !addedKeys.has(tieKey(tie.a, tie.b)))
    .map((tie) => before.get(tieKey(tie.a, tie.b)) ?? tie);
  const people = network.people.map((person) => (person.id === keepId ? undo.kept : person));
  return restorePerson({ ...network, people, ties }, undo.removed);
}
