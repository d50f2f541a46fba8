import { addPerson } from '../lib/network/add-person';
import type { Person, PersonInput } from '../lib/network/person';
import { mapRoute } from './network';

/*
 * What changes the reader's map, apart from the map itself (network.ts) because only the map's
 * island edits it; the pages that only read the map do not download it. Here is only what an
 * empty map's first edit needs: adding someone. What works on people already there (editing,
 * moving, deleting, ties, undo) is in network-edits.ts, fetched with the parts that offer it.
 * Every action writes through `mapRoute.target()`: the reader's map, or the sample's copy while
 * the sample is on screen.
 */

/**
 * Puts a new person on the map, stamped with the time they were added.
 * @throws Error when the name is empty (the form checks it first)
 */
export function addPersonToMap(input: Omit<PersonInput, 'id'>): Person {
  const store = mapRoute.target();
  const result = addPerson(store.get(), input, { now: new Date().toISOString() });
  store.set(result.network);
  return result.person;
}
