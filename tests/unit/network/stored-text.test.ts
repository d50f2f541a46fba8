import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPerson } from '../../../src/lib/network/add-person';
import { updatePerson } from '../../../src/lib/network/change-person';
import { compactNetwork } from '../../../src/lib/network/compact';
import { emptyNetwork, type Network } from '../../../src/lib/network/network';
import { removePerson } from '../../../src/lib/network/remove-person';
import {
  networkPieces,
  networkText,
  prepareStoredText,
  RECORDS_PER_STEP,
} from '../../../src/lib/network/stored-text';
import { addTie, removeTie } from '../../../src/lib/network/tie-ops';
import { encodeEnvelope } from '../../../src/lib/storage/envelope';
import { largeNetwork } from '../metrics/large-network';

/** What the map's store wrote before it kept records' JSON: the reference to match. */
const written = (network: Network) => encodeEnvelope(compactNetwork(network), 1);

/** How many pieces of `after` are not, string for string, pieces of `before`. */
function changedPieces(before: readonly string[], after: readonly string[]): number {
  const old = new Set(before);
  return after.filter((piece) => !old.has(piece)).length;
}

describe('networkText', () => {
  it('writes an empty map and a large one exactly as the envelope of the compact map', () => {
    expect(networkText(emptyNetwork(), 1)).toBe(written(emptyNetwork()));
    const large = largeNetwork(2000, 4000);
    expect(networkText(large, 1)).toBe(written(large));
  });

  it('keeps writing exactly that after any sequence of edits, reusing what did not change', () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), name: fc.string({ minLength: 1 }) }),
      fc.record({
        kind: fc.constant('rename' as const),
        at: fc.nat(),
        name: fc.string({ minLength: 1 }),
      }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('tie' as const), a: fc.nat(), b: fc.nat() }),
      fc.record({ kind: fc.constant('untie' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        let network = largeNetwork(400, 500);
        networkText(network, 1);
        for (const step of actions) {
          const people = network.people;
          const someone = (at: number) => people[at % Math.max(1, people.length)];
          if (step.kind === 'add' && step.name.trim() !== '') {
            network = addPerson(network, { name: step.name }).network;
          } else if (step.kind === 'rename' && someone(step.at) && step.name.trim() !== '') {
            network = updatePerson(network, someone(step.at)!.id, { name: step.name });
          } else if (step.kind === 'remove' && someone(step.at)) {
            network = removePerson(network, someone(step.at)!.id).network;
          } else if (step.kind === 'tie' && someone(step.a) && someone(step.b)) {
            const [a, b] = [someone(step.a)!.id, someone(step.b)!.id];
            if (a !== b) network = addTie(network, a, b, 'strong');
          } else if (step.kind === 'untie' && network.ties.length > 0) {
            const tie = network.ties[step.at % network.ties.length]!;
            network = removeTie(network, tie.a, tie.b);
          }
          expect(networkText(network, 1)).toBe(written(network));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('changes one piece of a 3,000-person map when one person is edited or added', () => {
    const before = largeNetwork(3000, 3000);
    const pieces = networkPieces(before, 1);
    expect(pieces.length).toBeGreaterThan(20);

    const renamed = updatePerson(before, 'p1234', { name: 'Trần Thị Thu Hà' });
    // The opening and the closing text (the contexts, issues) do not count as pieces of records.
    expect(changedPieces(pieces, networkPieces(renamed, 1))).toBe(1);

    const added = addPerson(before, { name: 'Nguyễn Văn Anh' }).network;
    expect(changedPieces(pieces, networkPieces(added, 1))).toBe(1);
  });

  it('changes at most two pieces when a person and their ties go', () => {
    const before = largeNetwork(3000, 0);
    const pieces = networkPieces(before, 1);
    const removed = removePerson(before, 'p2000').network;
    // The person's piece, and the one before it when theirs was the one that ended a piece.
    expect(changedPieces(pieces, networkPieces(removed, 1))).toBeLessThanOrEqual(2);
    expect(networkText(removed, 1)).toBe(written(removed));
  });
});

describe('prepareStoredText', () => {
  it('pauses after every few hundred records and leaves the text ready', () => {
    const network = largeNetwork(3000, 3000);
    let pauses = 0;
    const steps = prepareStoredText(network);
    for (let step = steps.next(); step.done !== true; step = steps.next()) pauses += 1;
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(6000 / RECORDS_PER_STEP) - 2);
    const pieces = networkPieces(network, 1);
    // Every piece comes back as the very string prepared: nothing is written twice.
    expect(networkPieces(network, 1).every((piece, at) => piece === pieces[at])).toBe(true);
    expect(pieces.join('')).toBe(written(network));
  });
});
