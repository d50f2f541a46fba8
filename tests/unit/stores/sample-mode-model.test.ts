// @vitest-environment jsdom
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyWeigherDraft } from '../../../src/lib/intro/weigher-draft';
import { emptyNetwork } from '../../../src/lib/network/network';
import { RINGS, type Ring } from '../../../src/lib/network/person';
import { storageText } from './sample-mode-fixtures';

/*
 * Model-based: a reader switches between their network and the sample at random while editing
 * people, ties, the log, the weigher and its weights. The model of what must be stored is the
 * same sequence with every step taken on the sample left out: run on fresh stores, it must leave
 * localStorage byte-identical to the full run. While the sample is on screen, storage must not
 * change at all; while the reader's own network is, the screen shows exactly their stores.
 */

type Stores = typeof import('../../../src/stores/network') &
  typeof import('../../../src/stores/network-actions') &
  typeof import('../../../src/stores/network-edits') &
  typeof import('../../../src/stores/introductions') &
  typeof import('../../../src/stores/intro-weigher') &
  typeof import('../../../src/stores/intro-weights') &
  typeof import('../../../src/stores/sample-mode');
let s: Stores;

beforeAll(async () => {
  // Every person added gets the same "added at": two runs of one sequence must store the same.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-04T09:00:00Z') });
  s = Object.assign(
    {},
    await import('../../../src/stores/network'),
    await import('../../../src/stores/network-actions'),
    await import('../../../src/stores/network-edits'),
    await import('../../../src/stores/introductions'),
    await import('../../../src/stores/intro-weigher'),
    await import('../../../src/stores/intro-weights'),
    await import('../../../src/stores/sample-mode'),
  ) as Stores;
  // The switch fetches the sample's people before its first visit; so do these tests.
  await s.prepareSample();
});
afterAll(() => {
  vi.useRealTimers();
});

// Vietnamese names repeat: two Nguyễn Văn Anh are two people.
const NAMES = [
  'Nguyễn Văn Anh',
  'Nguyễn Văn Anh',
  'Trần Thị Lan',
  'Lê Minh',
  'Phạm Hoa',
  'Đỗ Bình',
];

type Op =
  | { kind: 'switch' }
  | { kind: 'add'; name: string }
  | { kind: 'delete'; at: number }
  | { kind: 'undo' }
  | { kind: 'tie'; at: number; other: number; strong: boolean }
  | { kind: 'rename'; at: number; name: string }
  | { kind: 'move'; at: number; ring: Ring }
  | { kind: 'log'; at: number; typed: string; id: number }
  | { kind: 'unlog'; at: number }
  | { kind: 'purpose'; text: string }
  | { kind: 'weight'; value: number };

const index = fc.nat({ max: 40 });
const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'switch' as const }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('add' as const), name: fc.constantFrom(...NAMES) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: index }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('tie' as const),
      at: index,
      other: index,
      strong: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rename' as const),
      at: index,
      name: fc.constantFrom(...NAMES),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      at: index,
      ring: fc.constantFrom(...RINGS),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('log' as const),
      at: index,
      typed: fc.constantFrom('Chị Mai', 'Anh Tuấn', 'Cô Hạnh'),
      id: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unlog' as const), at: index }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('purpose' as const),
      text: fc.constantFrom('Tìm việc', 'Góp ý CV', ''),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('weight' as const),
      value: fc.integer({ min: 0, max: 3 }),
    }),
  },
);

/** Empty stores and empty storage, on the reader's own network. */
function reset(): void {
  s.backToOwnNetwork();
  s.network.set(emptyNetwork());
  s.introductions.set([]);
  s.weigherDraft.set(emptyWeigherDraft());
  s.resetWeights();
  s.undoHistory.set([]);
  localStorage.clear();
}

/** Takes one step on whatever is on screen; people and records are picked by position. */
function apply(op: Exclude<Op, { kind: 'switch' }>, step: number): void {
  const people = s.mapOnScreen.get().people;
  const person = (at: number) => people[at % Math.max(1, people.length)];
  switch (op.kind) {
    case 'add':
      s.addPersonToMap({ name: op.name });
      return;
    case 'delete': {
      const target = person(op.at);
      if (target) s.deletePerson(target.id);
      return;
    }
    case 'undo':
      s.undoLast();
      return;
    case 'tie': {
      const [a, b] = [person(op.at), person(op.other)];
      if (a && b && a.id !== b.id) s.tiePeople(a.id, b.id, op.strong ? 'strong' : 'weak');
      return;
    }
    case 'rename': {
      const target = person(op.at);
      if (target) s.editPerson(target.id, { name: op.name });
      return;
    }
    case 'move': {
      const target = person(op.at);
      if (target) s.movePersonTo(target.id, { ring: op.ring });
      return;
    }
    case 'log': {
      const target = person(op.at);
      if (!target) return;
      s.addIntroduction({
        id: `i-${String(step)}-${String(op.id)}`,
        personA: { kind: 'person', personId: target.id },
        personB: { kind: 'typed', name: op.typed },
        date: '2026-12-01',
      });
      return;
    }
    case 'unlog': {
      const log = s.logOnScreen.get();
      const record = log[op.at % Math.max(1, log.length)];
      if (record) s.removeIntroduction(record.id);
      return;
    }
    case 'purpose':
      s.setDraftAnswers({ purpose: op.text });
      return;
    case 'weight':
      s.setFactorWeight('sensitivity', op.value);
  }
}

/**
 * Runs the steps with the switch (`withSample`), checking on the way, or only the steps taken on
 * the reader's own network (the model).
 * @returns the storage text at the end
 */
function run(ops: readonly Op[], withSample: boolean): string {
  reset();
  let shown: 'own' | 'sample' = 'own';
  let whileSample = '';
  ops.forEach((op, step) => {
    if (op.kind === 'switch') {
      shown = shown === 'own' ? 'sample' : 'own';
      if (withSample && shown === 'sample') {
        s.exploreSample(step % 2 === 0 ? 'vi' : 'en');
        whileSample = storageText();
      } else if (withSample) s.backToOwnNetwork();
      return;
    }
    if (shown === 'sample' && !withSample) return;
    apply(op, step);
    if (!withSample) return;
    if (shown === 'sample') {
      expect(storageText()).toBe(whileSample);
    } else {
      expect(s.mapOnScreen.get()).toBe(s.network.get());
      expect(s.logOnScreen.get()).toBe(s.introductions.get());
      expect(s.draftOnScreen.get()).toBe(s.weigherDraft.get());
      expect(s.weightsOnScreen.get()).toBe(s.introWeights.get());
    }
  });
  s.backToOwnNetwork();
  return storageText();
}

describe('the sample switch, model-based', () => {
  it('stores exactly what the reader’s own-network steps produce, whatever they try on the sample', () => {
    fc.assert(
      fc.property(fc.array(opArbitrary, { maxLength: 40 }), (ops) => {
        const stored = run(ops, true);
        const ownOnly = run(ops, false);
        expect(stored).toBe(ownOnly);
      }),
      { numRuns: 150 },
    );
  });

  it('has something to compare: steps on the reader’s own network are stored', () => {
    const stored = run([{ kind: 'add', name: 'Trần Thị Lan' }], true);
    expect(stored).toContain('Trần Thị Lan');
    expect(run([{ kind: 'switch' }, { kind: 'add', name: 'Trần Thị Lan' }], true)).not.toContain(
      'Trần Thị Lan',
    );
  });
});
