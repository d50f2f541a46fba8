import fc from 'fast-check';
import { addPerson } from '../../../src/lib/network/add-person';
import { movePerson } from '../../../src/lib/network/change-person';
import type { Network } from '../../../src/lib/network/network';
import { BUILTIN_CONTEXTS, RINGS, type Ring } from '../../../src/lib/network/person';
import { removePerson } from '../../../src/lib/network/remove-person';

/*
 * The edits a reader makes on the map, for the property tests of what is kept between edits
 * (the layout, the head-counts).
 */

/** One edit a reader can make on the map. */
export type Edit =
  | { kind: 'ring'; at: number; ring: Ring }
  | { kind: 'context'; at: number; context: string | null }
  | { kind: 'add'; ring: Ring; context: string | null }
  | { kind: 'remove'; at: number };

const ring = fc.constantFrom(...RINGS);
const context = fc.constantFrom<string | null>(...BUILTIN_CONTEXTS, null);
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('ring' as const), at: fc.nat(), ring }),
  fc.record({ kind: fc.constant('context' as const), at: fc.nat(), context }),
  fc.record({ kind: fc.constant('add' as const), ring, context }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
);

export function apply(network: Network, change: Edit): Network {
  const people = network.people;
  if (change.kind === 'add') {
    const contexts = change.context === null ? [] : [change.context];
    return addPerson(network, { name: 'Nguyễn Văn Anh', ring: change.ring, contexts }).network;
  }
  if (people.length === 0) return network;
  const id = people[change.at % people.length]!.id;
  if (change.kind === 'remove') return removePerson(network, id).network;
  if (change.kind === 'ring') return movePerson(network, id, { ring: change.ring });
  return movePerson(network, id, { context: change.context });
}
