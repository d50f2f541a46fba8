import { peopleEdits } from '../network/people-edits';
import type { Person, Ring } from '../network/person';
import { sectorOf } from './sectors';

/*
 * How many people each ring × sector cell and each sector holds: what a map of more than 1,500
 * people is drawn from (counts, not dots), and what sizes the sectors. At 30,000 people counting
 * them is two passes over every record on each edit; an edit replaces or appends a record or two,
 * so the counts are patched from what it changed (`peopleEdits`), as people-tally.ts does.
 */

/** Head-counts by first context (null: unsorted), and by ring then first context. */
export interface PeopleCounts {
  bySector: ReadonlyMap<string | null, number>;
  byCell: ReadonlyMap<Ring, ReadonlyMap<string | null, number>>;
}

function add(counts: Map<string | null, number>, context: string | null, by: 1 | -1): void {
  const now = (counts.get(context) ?? 0) + by;
  // A context nobody is in any more has no entry, as when counted afresh.
  if (now === 0) counts.delete(context);
  else counts.set(context, now);
}

/** Counts `people` from scratch. */
export function countPeople(people: readonly Person[]): PeopleCounts {
  const bySector = new Map<string | null, number>();
  const byCell = new Map<Ring, Map<string | null, number>>();
  for (const person of people) count(bySector, byCell, person, 1);
  return { bySector, byCell };
}

function count(
  bySector: Map<string | null, number>,
  byCell: Map<Ring, Map<string | null, number>>,
  person: Person,
  by: 1 | -1,
): void {
  const context = sectorOf(person);
  add(bySector, context, by);
  let cells = byCell.get(person.ring);
  if (cells === undefined) byCell.set(person.ring, (cells = new Map<string | null, number>()));
  add(cells, context, by);
  if (cells.size === 0) byCell.delete(person.ring);
}

/**
 * Returns a function that counts each new list of people, patching the last counts when the list
 * differs from the last one only in records replaced in place or appended. Always the same
 * counts as `countPeople` (a property test checks it).
 * @example const counts = peopleCounter(); counts(network.people).bySector.get('workplace')
 */
export function peopleCounter(): (people: readonly Person[]) => PeopleCounts {
  let last: readonly Person[] = [];
  let counts = countPeople(last);
  return (people) => {
    if (people === last) return counts;
    const edits = peopleEdits(last, people);
    if (edits === undefined) counts = countPeople(people);
    else {
      const bySector = new Map(counts.bySector);
      const byCell = new Map<Ring, Map<string | null, number>>();
      for (const [ring, cells] of counts.byCell) byCell.set(ring, new Map(cells));
      for (const [was, now] of edits.replaced) {
        count(bySector, byCell, was, -1);
        count(bySector, byCell, now, 1);
      }
      for (const person of edits.added) count(bySector, byCell, person, 1);
      counts = { bySector, byCell };
    }
    last = people;
    return counts;
  };
}
