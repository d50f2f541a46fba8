import type { Person } from './person';

/*
 * What an edit did to the list of people, found by comparing the two lists place by place: the
 * map's edits replace one person in place (same id) or add one at the end, and keep every other
 * record the same object, so a 30,000-person list is walked by reference, not by content.
 */

/** The records an edit replaced in place (before → after) and those it appended. */
export interface PeopleEdits {
  replaced: [was: Person, now: Person][];
  added: Person[];
}

/** Beyond this many changed records, working things out anew is as quick as patching them. */
export const PATCH_AT_MOST = 64;

/**
 * The edits from `before` to `after`, or undefined when the lists differ otherwise (someone
 * removed, reordered, or more than `PATCH_AT_MOST` records changed): then start afresh.
 */
export function peopleEdits(
  before: readonly Person[],
  after: readonly Person[],
): PeopleEdits | undefined {
  if (after.length < before.length || after.length - before.length > PATCH_AT_MOST)
    return undefined;
  const replaced: PeopleEdits['replaced'] = [];
  for (let index = 0; index < before.length; index++) {
    const was = before[index] as Person;
    const now = after[index] as Person;
    if (was === now) continue;
    if (was.id !== now.id || replaced.length >= PATCH_AT_MOST) return undefined;
    replaced.push([was, now]);
  }
  return { replaced, added: after.slice(before.length) };
}
