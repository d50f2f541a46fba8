import * as v from 'valibot';
import type { Network } from './network';
import { personSchema, type Person } from './person';
import type { Tie } from './tie';

/** Every default of a person, read from the schema itself so the two can never drift apart. */
const PERSON_DEFAULTS: Readonly<Record<string, unknown>> = v.parse(personSchema, {
  id: '-',
  name: '',
});
/** Fields every stored person keeps, even when empty. */
const ALWAYS_KEPT = new Set(['id', 'name']);

function isDefault(value: unknown, fallback: unknown): boolean {
  if (Array.isArray(value) && Array.isArray(fallback)) {
    return value.length === 0 && fallback.length === 0;
  }
  return value === fallback;
}

/** A person without the fields that hold their default (see `compactNetwork`). */
export function compactPerson(person: Person): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(person)) {
    if (value === undefined) continue;
    if (!ALWAYS_KEPT.has(key) && isDefault(value, PERSON_DEFAULTS[key])) continue;
    stored[key] = value;
  }
  return stored;
}

/** A tie without its strength when it is weak, the default. */
export function compactTie(tie: Tie): { a: string; b: string; strength?: Tie['strength'] } {
  return tie.strength === 'weak' ? { a: tie.a, b: tie.b } : tie;
}

/**
 * The map in the shape it is stored in: each person and tie without the fields that hold their
 * schema default, which `networkSchema` fills back in on reading. localStorage holds about five
 * million characters per site; a person written out in full takes about 250, so 30,000 imported
 * contacts (LinkedIn's cap) would not fit, while most of their fields are empty.
 * @returns a plain value for `JSON.stringify`; `networkSchema.parse` of it gives `network` back
 * @example compactNetwork({ ...emptyNetwork(), people: [person] }).people[0] // { id: 'p1', name: 'Lan' }
 */
export function compactNetwork(network: Network): unknown {
  return {
    people: network.people.map(compactPerson),
    ties: network.ties.map(compactTie),
    customContexts: network.customContexts,
    issues: network.issues,
  };
}
