import * as v from 'valibot';
import { filledText } from '../schema/text';
import { object } from '../schema/json-values';
import type { Person } from '../network/person';

/**
 * One side of an introduction: someone on the reader's map (by id) or someone the reader only typed
 * a name for. Typed names are untrusted text: they are trimmed and kept as plain text, never HTML.
 */
export const partyRefSchema = v.variant('kind', [
  object({
    kind: v.literal('person'),
    personId: filledText(100),
  }),
  object({
    kind: v.literal('typed'),
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500)),
  }),
]);

export type PartyRef = v.InferOutput<typeof partyRefSchema>;

/**
 * A stable key for grouping records about the same party. Typed names are compared without case
 * and extra spaces, so "Minh" and " minh " count as one person in the reciprocity tally.
 * @example partyKey({ kind: 'person', personId: 'p7' }) // 'person:p7'
 */
export function partyKey(party: PartyRef): string {
  return party.kind === 'person'
    ? `person:${party.personId}`
    : `typed:${party.name.trim().replace(/\s+/g, ' ').toLocaleLowerCase()}`;
}

/** Whether two references name the same party (see `partyKey`). */
export function sameParty(a: PartyRef, b: PartyRef): boolean {
  return partyKey(a) === partyKey(b);
}

/**
 * The display name of a party: the map person's name, or the typed name. Null when a map person is
 * no longer on the map, or has no name; the caller words that in the reader's language.
 */
export function partyName(party: PartyRef, people: readonly Person[]): string | null {
  if (party.kind === 'typed') return party.name;
  const name = people.find((person) => person.id === party.personId)?.name.trim() ?? '';
  return name === '' ? null : name;
}
