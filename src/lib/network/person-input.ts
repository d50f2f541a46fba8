import * as v from 'valibot';
import { personSchema, type Person } from './person';

/**
 * Validates a person built by an operation and trims their name; throws an Error naming the
 * operation (`where`) and the first problem, so a caller's bug never stores a broken record.
 * @param where module/function for the message, such as 'network/addPerson'
 */
export function toPerson(where: string, raw: unknown): Person {
  const parsed = v.safeParse(personSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const field = v.getDotPath(issue) ?? '';
    throw new Error(`${where}: invalid ${field || 'person'}: ${issue.message}`);
  }
  const name = parsed.output.name.trim();
  if (name === '') throw new Error(`${where}: a person needs a name`);
  return { ...parsed.output, name };
}

/** Throws unless a person with this id is on the map; returns their index. */
export function indexOfPerson(where: string, people: readonly Person[], id: string): number {
  const index = people.findIndex((person) => person.id === id);
  if (index < 0) throw new Error(`${where}: person ${id} does not exist`);
  return index;
}
