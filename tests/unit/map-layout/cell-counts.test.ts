import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPeople, peopleCounter } from '../../../src/lib/map-layout/cell-counts';
import { addPerson } from '../../../src/lib/network/add-person';
import { movePerson } from '../../../src/lib/network/change-person';
import { largeNetwork } from '../metrics/large-network';
import { apply, edit } from './reader-edits';

/*
 * The head-counts a large map is drawn from are patched after each edit rather than counted
 * again: after any sequence of the reader's edits they must be what counting afresh gives.
 */

describe('head-counts kept between edits', () => {
  it('are what counting afresh gives, after any sequence of edits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.array(edit, { maxLength: 30 }),
        (size, edits) => {
          const counts = peopleCounter();
          let network = largeNetwork(size, 0);
          expect(counts(network.people)).toEqual(countPeople(network.people));
          for (const change of edits) {
            network = apply(network, change);
            expect(counts(network.people)).toEqual(countPeople(network.people));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('leave no empty context behind when its last person moves out', () => {
    const counts = peopleCounter();
    const network = addPerson(largeNetwork(0, 0), {
      name: 'Trần Thị Bình',
      ring: 'inner',
      contexts: ['family'],
    }).network;
    counts(network.people);
    const moved = movePerson(network, network.people[0]!.id, { context: 'workplace' });
    expect([...counts(moved.people).bySector.keys()]).toEqual(['workplace']);
  });
});
