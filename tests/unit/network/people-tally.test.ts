import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countHiddenMembers } from '../../../src/lib/network/hidden-members';
import { peopleTally } from '../../../src/lib/network/people-tally';
import { BUILTIN_CONTEXTS, type Person } from '../../../src/lib/network/person';
import { person } from './build-network';

/** One change to the list of people, as the map's edits (and an import or undo) make them. */
type Change =
  | { kind: 'replace'; at: number; contexts: string[]; hidden: boolean }
  | { kind: 'append'; contexts: string[]; hidden: boolean }
  | { kind: 'remove'; at: number };

const contexts = fc.uniqueArray(fc.constantFrom(...BUILTIN_CONTEXTS, 'custom-1'), {
  maxLength: 3,
});
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    contexts,
    hidden: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('append' as const), contexts, hidden: fc.boolean() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
);

let made = 0;
const someone = (contexts: string[], hidden: boolean, id = `p${(made += 1)}`): Person =>
  person(id, { contexts, name: hidden ? ' ' : 'Nguyễn Văn Anh' });

function apply(people: readonly Person[], next: Change): readonly Person[] {
  if (next.kind === 'append') return [...people, someone(next.contexts, next.hidden)];
  if (people.length === 0) return people;
  const at = next.at % people.length;
  if (next.kind === 'remove') return people.filter((_, index) => index !== at);
  const copy = [...people];
  copy[at] = someone(next.contexts, next.hidden, people[at]!.id);
  return copy;
}

describe('the tally of contexts in use and hidden members', () => {
  it('equals a count from scratch after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
        const tally = peopleTally();
        let people: readonly Person[] = [];
        for (const next of changes) {
          people = apply(people, next);
          const { inUse, hidden } = tally(people);
          expect([...inUse].sort()).toEqual([...new Set(people.flatMap((p) => p.contexts))].sort());
          expect(hidden).toBe(countHiddenMembers(people));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the same set while an edit leaves the same contexts in use', () => {
    const tally = peopleTally();
    const people = [someone(['workplace'], false), someone(['school'], false)];
    const before = tally(people).inUse;
    const after = tally([people[0]!, someone(['school', 'workplace'], false, people[1]!.id)]);
    expect(after.inUse).toBe(before);
  });
});
