import type { Network } from './network';
import type { Person } from './person';

/**
 * A member who hid their LinkedIn profile: the export gives only the date of the connection.
 * They count in the size and growth of the network, but with no name there is nothing to show
 * or to do with them one by one, so the map shows them as one aggregate rather than as nameless
 * dots and rows (whose buttons would have no accessible name).
 */
export function isHiddenMember(person: Person): boolean {
  return person.name.trim() === '';
}

/** The map without its hidden members, for drawing and listing people. */
export function withoutHiddenMembers(network: Network): Network {
  const people = network.people.filter((person) => !isHiddenMember(person));
  return people.length === network.people.length ? network : { ...network, people };
}

/** How many hidden members the map holds. */
export function countHiddenMembers(people: readonly Person[]): number {
  return people.reduce((count, person) => count + (isHiddenMember(person) ? 1 : 0), 0);
}
