import { peopleEdits } from './people-edits';
import type { Person } from './person';

/*
 * The map's people by id, kept up to date across edits rather than built again: an edit replaces
 * one person (or adds one at the end) and keeps every other record the same object, so walking
 * the list for the records that changed costs far less than a new Map of 30,000 entries (about
 * 14 ms on a busy phone-class core, on every edit).
 */

/** A lookup of people by id; each update gives a new object, so that what reads it is redone. */
export interface PeopleById {
  get(id: string): Person | undefined;
  has(id: string): boolean;
  readonly size: number;
}

/**
 * Returns a function that gives the index of each new list of people, patching the previous
 * index when the list differs from the last one only in records replaced in place (same id) or
 * appended at the end.
 *
 * @example const index = peopleIndex(); const byId = index(network.people); byId.get('p1');
 */
export function peopleIndex(): (people: readonly Person[]) => PeopleById {
  let last: readonly Person[] = [];
  let map = new Map<string, Person>();
  const view = (): PeopleById => ({
    get: (id) => map.get(id),
    has: (id) => map.has(id),
    size: map.size,
  });

  return (people) => {
    if (!patch(last, people, map)) map = new Map(people.map((person) => [person.id, person]));
    last = people;
    return view();
  };
}

/** Brings `map` from `before` to `after` in place; false when it cannot (rebuild instead). */
function patch(
  before: readonly Person[],
  after: readonly Person[],
  map: Map<string, Person>,
): boolean {
  const edits = peopleEdits(before, after);
  if (edits === undefined) return false;
  for (const [, person] of edits.replaced) map.set(person.id, person);
  for (const person of edits.added) {
    // An id already listed would shadow an earlier person: never expected, but never guessed at
    // (the caller then builds the index anew).
    if (map.has(person.id)) return false;
    map.set(person.id, person);
  }
  return true;
}
