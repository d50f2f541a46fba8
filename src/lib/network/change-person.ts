import type { Network } from './network';
import type { Person, PersonInput } from './person';
import { indexOfPerson, toPerson } from './person-input';

/*
 * Changing someone already on the map, apart from adding (add-person.ts): an empty map has
 * nobody to change, so this comes with the map's edits rather than with the page.
 */

/**
 * Changes some fields of a person. The id cannot change (ties point at it).
 * @throws Error when the person does not exist or the result is invalid
 */
export function updatePerson(
  network: Network,
  id: string,
  patch: Partial<Omit<PersonInput, 'id'>>,
): Network {
  const index = indexOfPerson('network/updatePerson', network.people, id);
  const people = [...network.people];
  people[index] = toPerson('network/updatePerson', { ...people[index], ...patch, id });
  return { ...network, people };
}

/** Where `movePerson` puts someone: a ring, a context sector, or both. */
export interface MoveTarget {
  ring?: Person['ring'];
  /** The context that becomes the person's first (sector-deciding) one; `null` clears contexts. */
  context?: string | null;
}

/**
 * Moves a person between rings and context sectors, as a drag on the map does. Moving to a
 * context makes it the person's first one, in place of the old first context (they were dragged
 * out of it); their other contexts stay. Moving to `null` (the unsorted sector) clears their
 * contexts, since a person with any context would be drawn in that context's sector.
 * @throws Error when the person does not exist
 */
export function movePerson(network: Network, id: string, target: MoveTarget): Network {
  const index = indexOfPerson('network/movePerson', network.people, id);
  const person = network.people[index] as Person;
  let contexts = person.contexts;
  if (target.context === null) contexts = [];
  else if (target.context !== undefined) {
    const rest = person.contexts.slice(1).filter((context) => context !== target.context);
    contexts = [target.context, ...rest];
  }
  return updatePerson(network, id, { ring: target.ring ?? person.ring, contexts });
}
