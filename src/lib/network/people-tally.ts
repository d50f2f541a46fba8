import { isHiddenMember } from './hidden-members';
import { peopleEdits } from './people-edits';
import type { Person } from './person';

/*
 * Two figures of the whole list of people that the map reads on every edit: which contexts are in
 * use (every context a reader can pick gets a sector) and how many hidden members there are. At
 * 30,000 people, counting them again is a pass over every record and every context; an edit
 * changes one or two records, so the counts are patched from what the edit replaced or added.
 */

/** Which contexts someone has, and how many hidden members the map holds. */
export interface PeopleTally {
  /** The same Set object for as long as the same contexts are in use. */
  inUse: ReadonlySet<string>;
  hidden: number;
}

/**
 * Returns a function that tallies each new list of people, patching the previous tally when the
 * list differs from the last one only in records replaced in place or appended (`peopleEdits`).
 * @example const tally = peopleTally(); tally(network.people).inUse.has('workplace')
 */
export function peopleTally(): (people: readonly Person[]) => PeopleTally {
  let last: readonly Person[] = [];
  const counts = new Map<string, number>();
  let inUse: ReadonlySet<string> = new Set();
  let hidden = 0;
  /** Adds (`by` 1) or takes away (`by` −1) one person; true when a context came in or out of use. */
  const count = (person: Person, by: 1 | -1): boolean => {
    if (isHiddenMember(person)) hidden += by;
    let changed = false;
    for (const context of person.contexts) {
      const now = (counts.get(context) ?? 0) + by;
      if (now === 0) counts.delete(context);
      else counts.set(context, now);
      changed ||= now === 0 || (now === 1 && by === 1);
    }
    return changed;
  };

  return (people) => {
    if (people === last) return { inUse, hidden };
    const edits = peopleEdits(last, people);
    let changed = false;
    if (edits === undefined) {
      counts.clear();
      hidden = 0;
      for (const person of people) count(person, 1);
      changed = true;
    } else {
      for (const [was, now] of edits.replaced) {
        // Both counted before either set is compared: a context kept by the edit stays in use.
        const out = count(was, -1);
        const into = count(now, 1);
        changed ||= out || into;
      }
      for (const person of edits.added) changed = count(person, 1) || changed;
    }
    if (changed) {
      const next = new Set(counts.keys());
      const same = next.size === inUse.size && [...next].every((context) => inUse.has(context));
      if (!same) inUse = next;
    }
    last = people;
    return { inUse, hidden };
  };
}
