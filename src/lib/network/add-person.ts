import { nextPersonId, type MakeId } from './ids';
import type { Network } from './network';
import type { Person, PersonInput } from './person';
import { toPerson } from './person-input';

/*
 * Adding someone, on its own: it is an empty map's first edit, so its code is on the page from
 * the start; changing someone already there is in change-person.ts, fetched when it is needed.
 */

/** Options for `addPerson`. */
export interface AddPersonOptions {
  /** Makes the new id; defaults to `p<n>` one past the highest taken. */
  makeId?: MakeId;
  /** ISO timestamp stored as `addedAt`; lib code never reads the clock itself. */
  now?: string;
}

/**
 * Puts a new person on the map. Their name is trimmed and must not be empty; every other field
 * falls back to the schema's default.
 * @returns the new network and the person as stored (with their id)
 * @throws Error when the input is invalid or `makeId` returns an id already taken
 * @example addPerson(emptyNetwork(), { name: 'Lan' }).person.id // 'p1'
 */
export function addPerson(
  network: Network,
  input: Omit<PersonInput, 'id'>,
  options: AddPersonOptions = {},
): { network: Network; person: Person } {
  const taken = new Set(network.people.map((person) => person.id));
  const id = (options.makeId ?? nextPersonId)(taken);
  if (taken.has(id)) throw new Error(`network/addPerson: id ${id} already exists`);
  const raw = options.now === undefined ? { ...input, id } : { ...input, id, addedAt: options.now };
  const person = toPerson('network/addPerson', raw);
  return { network: { ...network, people: [...network.people, person] }, person };
}
