import type { Person } from './person';

/**
 * The context an import puts everyone in. A person still in it is "unsorted": the reader has not
 * yet said where they know them from. Sorting (here, in the sorting mode or by a bulk move to a
 * context) takes them out of it; choosing only a ring does not, since the context is still unknown.
 */
export const IMPORTED_CONTEXT = 'imported';

/** Whether the reader has yet to sort this person (see `IMPORTED_CONTEXT`). */
export function isUnsorted(person: Pick<Person, 'contexts'>): boolean {
  return person.contexts.includes(IMPORTED_CONTEXT);
}
