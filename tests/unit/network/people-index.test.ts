import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPerson } from '../../../src/lib/network/add-person';
import { movePerson, updatePerson } from '../../../src/lib/network/change-person';
import { emptyNetwork, type Network } from '../../../src/lib/network/network';
import { peopleIndex, type PeopleById } from '../../../src/lib/network/people-index';
import { removePerson } from '../../../src/lib/network/remove-person';
import { RINGS } from '../../../src/lib/network/person';

const NOW = '2026-12-05T01:00:00.000Z';
const NAMES = ['Nguyễn Văn Anh', 'Trần Thị Lan', 'Lê Minh', 'Nguyễn Văn Anh', 'Anna Kowalczyk'];

function withPeople(count: number): Network {
  let network = emptyNetwork();
  for (let i = 0; i < count; i++) {
    network = addPerson(network, { name: NAMES[i % NAMES.length] ?? 'An' }, { now: NOW }).network;
  }
  return network;
}

/** Whether the index finds exactly the people of the list, each under its own id. */
function expectIndexes(byId: PeopleById, network: Network): void {
  expect(byId.size).toBe(network.people.length);
  for (const person of network.people) expect(byId.get(person.id)).toBe(person);
}

describe('peopleIndex', () => {
  it('finds the edited person as they now are, and two people of the same name apart', () => {
    const index = peopleIndex();
    const before = withPeople(5);
    const first = index(before.people);
    const after = movePerson(before, 'p4', { ring: 'inner' });
    const byId = index(after.people);
    expect(byId).not.toBe(first);
    expect(byId.get('p4')?.ring).toBe('inner');
    expect(byId.get('p1')?.name).toBe('Nguyễn Văn Anh');
    expect(byId.get('p4')?.name).toBe('Nguyễn Văn Anh');
    expectIndexes(byId, after);
  });

  it('forgets a deleted person and finds one added at the end', () => {
    const index = peopleIndex();
    const network = withPeople(4);
    index(network.people);
    const removed = removePerson(network, 'p2').network;
    expect(index(removed.people).has('p2')).toBe(false);
    const added = addPerson(removed, { name: 'Phạm Thu' }, { now: NOW }).network;
    expectIndexes(index(added.people), added);
  });

  it('matches a freshly built index after any sequence of edits', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), name: fc.constantFrom(...NAMES) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('ring' as const),
        at: fc.nat(),
        ring: fc.constantFrom(...RINGS),
      }),
      fc.record({
        kind: fc.constant('rename' as const),
        at: fc.nat(),
        name: fc.constantFrom(...NAMES),
      }),
    );
    fc.assert(
      fc.property(fc.nat({ max: 12 }), fc.array(edit, { maxLength: 30 }), (start, edits) => {
        const index = peopleIndex();
        let network = withPeople(start);
        index(network.people);
        for (const step of edits) {
          const person =
            network.people[step.kind === 'add' ? 0 : step.at % Math.max(1, network.people.length)];
          if (step.kind === 'add') {
            network = addPerson(network, { name: step.name }, { now: NOW }).network;
          } else if (person === undefined) continue;
          else if (step.kind === 'remove') network = removePerson(network, person.id).network;
          else if (step.kind === 'ring')
            network = movePerson(network, person.id, { ring: step.ring });
          else network = updatePerson(network, person.id, { name: step.name });
          expectIndexes(index(network.people), network);
        }
      }),
      { numRuns: 200 },
    );
  });
});
