import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Network } from '../../../src/lib/network/network';
import { RINGS, type Ring } from '../../../src/lib/network/person';
import { isUnsorted, placePeople, restorePlaces } from '../../../src/lib/network/place-people';
import {
  currentPerson,
  sortedCount,
  sortStep,
  startSorting,
  type SortAction,
  type SortSession,
} from '../../../src/lib/network/sorting-session';
import { buildNetwork, person } from './build-network';

const imported = (id: string, extra: string[] = []) =>
  person(id, { name: 'Trần Thị Bình', contexts: ['imported', ...extra], ring: 'acquaintance' });

function run(network: Network, actions: SortAction[]) {
  let state: ReturnType<typeof sortStep> = {
    session: startSorting(network),
    network,
    outcome: 'none',
  };
  for (const action of actions) state = sortStep(state.session, state.network, action);
  return state;
}

describe('startSorting', () => {
  it('queues everyone still in Imported, in map order, and nobody else', () => {
    const network = buildNetwork([imported('p1'), person('p2'), imported('p3')]);
    const session = startSorting(network);
    expect(session.queue).toEqual(['p1', 'p3']);
    expect(session.total).toBe(2);
    expect(sortedCount(session)).toBe(0);
  });
});

describe('sortStep', () => {
  it('files a card once it has a ring and a context, in either order', () => {
    const network = buildNetwork([imported('p1'), imported('p2'), imported('p3')]);
    const after = run(network, [
      { kind: 'ring', ring: 'close' },
      { kind: 'context', context: 'workplace' },
      { kind: 'context', context: 'family' },
      { kind: 'ring', ring: 'inner' },
    ]);
    expect(after.network.people.slice(0, 2)).toMatchObject([
      { ring: 'close', contexts: ['workplace'] },
      { ring: 'inner', contexts: ['family'] },
    ]);
    expect(sortedCount(after.session)).toBe(2);
    expect(currentPerson(after.session, after.network)?.id).toBe('p3');
  });

  it('files a card by its ring alone when the import already guessed a context', () => {
    const after = run(buildNetwork([imported('p1', ['workplace'])]), [
      { kind: 'ring', ring: 'wider' },
    ]);
    expect(after.network.people[0]).toMatchObject({ ring: 'wider', contexts: ['workplace'] });
    expect(after.outcome).toBe('sorted');
  });

  it('waits for the ring after a context alone and changes nothing yet', () => {
    const network = buildNetwork([imported('p1')]);
    const after = run(network, [{ kind: 'context', context: 'school' }]);
    expect(after.outcome).toBe('pending');
    expect(after.network).toBe(network);
    expect(after.session.pending).toEqual({ context: 'school' });
  });

  it('sends a skipped card to the back and brings it to the front on undo', () => {
    const network = buildNetwork([imported('p1'), imported('p2')]);
    const skipped = run(network, [{ kind: 'skip' }]);
    expect(skipped.session.queue).toEqual(['p2', 'p1']);
    const undone = sortStep(skipped.session, skipped.network, { kind: 'undo' });
    expect(undone.session.queue).toEqual(['p1', 'p2']);
  });

  it('puts a filed person back in Imported, where they were, on undo', () => {
    const network = buildNetwork([imported('p1')]);
    const after = run(network, [
      { kind: 'context', context: 'school' },
      { kind: 'ring', ring: 'close' },
      { kind: 'undo' },
    ]);
    expect(after.network.people).toEqual(network.people);
    expect(after.session.queue).toEqual(['p1']);
  });

  it('clears a half-made choice before it undoes a filed card', () => {
    const after = run(buildNetwork([imported('p1'), imported('p2')]), [
      { kind: 'context', context: 'school' },
      { kind: 'ring', ring: 'close' },
      { kind: 'ring', ring: 'inner' },
      { kind: 'undo' },
    ]);
    expect(after.outcome).toBe('cleared');
    expect(sortedCount(after.session)).toBe(1);
  });

  it('passes over a person deleted or sorted in another tab meanwhile', () => {
    const network = buildNetwork([imported('p1'), imported('p2'), imported('p3')]);
    const session = startSorting(network);
    const placed = placePeople(network, ['p2'], { context: 'family' }).network;
    const elsewhere = { ...placed, people: placed.people.filter((p) => p.id !== 'p1') };
    const after = sortStep(session, elsewhere, { kind: 'skip' });
    expect(after.session.queue).toEqual(['p3']);
    expect(sortedCount(after.session)).toBe(2);
  });

  it('does nothing once everyone is sorted', () => {
    const network = buildNetwork([person('p1')]);
    const after = run(network, [{ kind: 'ring', ring: 'inner' }, { kind: 'skip' }]);
    expect(after.outcome).toBe('none');
    expect(after.network).toBe(network);
  });
});

describe('restorePlaces', () => {
  it('leaves a person deleted since the move off the map', () => {
    const network = buildNetwork([imported('p1'), imported('p2')]);
    const { network: moved, before } = placePeople(network, ['p1', 'p2'], { ring: 'close' });
    const fewer = { ...moved, people: moved.people.slice(1) };
    expect(restorePlaces(fewer, before).people).toEqual([network.people[1]]);
  });
});

/**
 * The model: what a reader would expect of the sorting mode, written the plainest way. Each card
 * needs a ring and a context; undo first forgets a half-made choice, then takes back the last card.
 */
interface Model {
  queue: string[];
  done: { id: string; kind: 'sorted' | 'skipped' }[];
  pending: { ring?: Ring; context?: string };
  placed: Map<string, { ring: Ring; context: string }>;
}

function modelStep(model: Model, action: SortAction): void {
  const id = model.queue[0];
  if (action.kind === 'undo') {
    if (model.pending.ring !== undefined || model.pending.context !== undefined) {
      model.pending = {};
      return;
    }
    const last = model.done.pop();
    if (!last) return;
    if (last.kind === 'skipped') model.queue.splice(model.queue.lastIndexOf(last.id), 1);
    else model.placed.delete(last.id);
    model.queue.unshift(last.id);
    return;
  }
  if (id === undefined) return;
  if (action.kind === 'skip') {
    model.queue.push(model.queue.shift() as string);
    model.done.push({ id, kind: 'skipped' });
    model.pending = {};
    return;
  }
  if (action.kind === 'ring') model.pending.ring = action.ring;
  else model.pending.context = action.context;
  const { ring, context } = model.pending;
  if (ring === undefined || context === undefined) return;
  model.placed.set(id, { ring, context });
  model.queue.shift();
  model.done.push({ id, kind: 'sorted' });
  model.pending = {};
}

const arbitraryAction: fc.Arbitrary<SortAction> = fc.oneof(
  fc.constantFrom(...RINGS).map((ring) => ({ kind: 'ring' as const, ring })),
  fc
    .constantFrom('workplace', 'school', 'family', 'c1')
    .map((context) => ({ kind: 'context' as const, context })),
  fc.constant({ kind: 'skip' as const }),
  fc.constant({ kind: 'undo' as const }),
);

describe('the sorting mode against a simple model', () => {
  it('agrees on the card shown, the count and everyone’s ring and context after any sequence', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(arbitraryAction, { maxLength: 60 }),
        (size, actions) => {
          const ids = Array.from({ length: size }, (_, i) => `p${String(i + 1)}`);
          const network = buildNetwork([
            person('p0', { contexts: ['family'] }),
            ...ids.map((id) => imported(id)),
          ]);
          let real: { session: SortSession; network: Network } = {
            session: startSorting(network),
            network,
          };
          const model: Model = { queue: [...ids], done: [], pending: {}, placed: new Map() };
          for (const action of actions) {
            real = sortStep(real.session, real.network, action);
            modelStep(model, action);
            expect(real.session.queue).toEqual(model.queue);
            expect(sortedCount(real.session)).toBe(model.placed.size);
            expect(real.session.pending).toEqual(model.pending);
          }
          for (const p of real.network.people.slice(1)) {
            const place = model.placed.get(p.id);
            if (place === undefined) {
              expect(p).toEqual(network.people.find((q) => q.id === p.id));
            } else {
              expect(p).toMatchObject({ ring: place.ring, contexts: [place.context] });
              expect(isUnsorted(p)).toBe(false);
            }
          }
          expect(real.network.people[0]).toEqual(network.people[0]);
        },
      ),
    );
  });
});
