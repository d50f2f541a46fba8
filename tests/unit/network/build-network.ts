import * as v from 'valibot';
import { networkSchema, type Network } from '../../../src/lib/network/network';
import { personSchema, type Person, type PersonInput } from '../../../src/lib/network/person';
import type { TieStrength } from '../../../src/lib/network/tie';

/** A valid person with schema defaults; the name defaults to the id. */
export function person(id: string, fields: Partial<Omit<PersonInput, 'id'>> = {}): Person {
  return v.parse(personSchema, { name: id, ...fields, id });
}

/** A network from people, ties written `'a-b'` (or `'a=b'` for strong) and issues. */
export function buildNetwork(
  people: Person[],
  ties: string[] = [],
  extra: { issues?: string[] } = {},
): Network {
  return v.parse(networkSchema, {
    people,
    ties: ties.map((text) => {
      const strong = text.includes('=');
      const [a, b] = text.split(strong ? '=' : '-');
      const strength: TieStrength = strong ? 'strong' : 'weak';
      return { a, b, strength };
    }),
    issues: extra.issues ?? [],
  });
}

/** People named by id, all with the same fields. */
export function people(ids: string, fields: Partial<Omit<PersonInput, 'id'>> = {}): Person[] {
  return ids.split(' ').map((id) => person(id, fields));
}
