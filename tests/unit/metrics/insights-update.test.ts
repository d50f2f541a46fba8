import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../src/lib/metrics/insights';
import { updateInsights, type InsightsState } from '../../../src/lib/metrics/insights-update';
import { movePerson, updatePerson } from '../../../src/lib/network/change-person';
import type { Network } from '../../../src/lib/network/network';
import { PREFERENCES, RINGS, type Person } from '../../../src/lib/network/person';
import { addTie } from '../../../src/lib/network/tie-ops';
import { person } from '../network/build-network';
import { largeNetwork } from './large-network';

function finish(steps: Generator<undefined, InsightsState>): InsightsState {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

// Few ids, contexts and topics, so that edits collide: shared topics, shared contexts, ties
// between people who are also candidates, a tie to someone not on the map, a repeated id.
const IDS = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
const tags = (pool: string[]) => fc.array(fc.constantFrom(...pool), { maxLength: 3 });
const contextTags = tags(['workplace', 'school', 'family', 'c-hội-cờ']);
const topicTags = tags(['y tế', 'Y TE', 'kinh tế', 'luật', 'dữ liệu']);
const since = fc.option(fc.constantFrom('2019', '2019-04', '2021-11', '2024'), {
  nil: undefined,
});

const personArb = (id: string) =>
  fc
    .record({
      // Vietnamese names repeat: two "Nguyễn Văn Anh" are two people.
      name: fc.constantFrom('Nguyễn Văn Anh', 'Trần Thị Bích', 'Lê Minh Châu'),
      ring: fc.constantFrom(...RINGS),
      preference: fc.constantFrom(...PREFERENCES),
      contexts: contextTags,
      knowsAbout: topicTags,
      learnFrom: topicTags,
      needs: topicTags,
      since,
    })
    .map((fields) => person(id, fields));

const tieArb = fc
  .record({
    a: fc.constantFrom(...IDS, 'gone'),
    b: fc.constantFrom(...IDS),
    strength: fc.constantFrom('weak' as const, 'strong' as const),
  })
  .map(({ a, b, strength }) => (a < b ? { a, b, strength } : { a: b, b: a, strength }));

const networkArb: fc.Arbitrary<Network> = fc
  .record({
    ids: fc.subarray([...IDS, 'p1']),
    ties: fc.array(tieArb, { maxLength: 8 }),
    issues: tags(['y tế', 'luật', 'gì đó']),
  })
  .chain(({ ids, ties, issues }) =>
    fc.tuple(...ids.map(personArb)).map((people) => ({ people, ties, customContexts: [], issues })),
  );

type Edit = (network: Network) => Network;

/** Replaces the person at `at` (modulo the map's size) by `make(person)`. */
const atPerson =
  (at: number, make: (person: Person) => Person): Edit =>
  (network) => {
    if (network.people.length === 0) return network;
    const i = at % network.people.length;
    const people = [...network.people];
    people[i] = make(people[i] as Person);
    return { ...network, people };
  };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc
    .tuple(fc.nat(), fc.constantFrom(...RINGS))
    .map(([at, ring]) => atPerson(at, (p) => ({ ...p, ring }))),
  fc
    .tuple(fc.nat(), contextTags)
    .map(([at, contexts]) => atPerson(at, (p) => ({ ...p, contexts }))),
  fc
    .tuple(fc.nat(), topicTags, topicTags)
    .map(([at, knowsAbout, learnFrom]) => atPerson(at, (p) => ({ ...p, knowsAbout, learnFrom }))),
  fc.tuple(fc.nat(), topicTags).map(([at, needs]) => atPerson(at, (p) => ({ ...p, needs }))),
  fc
    .tuple(fc.nat(), fc.constantFrom(...PREFERENCES))
    .map(([at, preference]) => atPerson(at, (p) => ({ ...p, preference }))),
  fc.tuple(fc.nat(), since).map(([at, value]) =>
    atPerson(at, (p) => {
      const { since: _old, ...rest } = p;
      return value === undefined ? rest : { ...rest, since: value };
    }),
  ),
  fc
    .tuple(fc.nat(), fc.string({ maxLength: 8 }))
    .map(([at, notes]) => atPerson(at, (p) => ({ ...p, notes, name: `${p.name} ` }))),
  // The same person read back from storage: equal, but another object.
  fc.nat().map((at) => atPerson(at, (p) => structuredClone(p))),
  fc.constantFrom(...IDS).chain((id) =>
    personArb(id).map<Edit>((added) => (network) => ({
      ...network,
      people: [...network.people, added],
    })),
  ),
  fc.nat().map<Edit>((at) => (network) => ({
    ...network,
    people: network.people.filter((_, i) => i !== at % Math.max(1, network.people.length)),
  })),
  fc.nat().map<Edit>((at) => (network) => ({
    ...network,
    people: [...network.people.slice(at % 3), ...network.people.slice(0, at % 3)],
  })),
  tieArb.map<Edit>((tie) => (network) => ({ ...network, ties: [...network.ties, tie] })),
  fc.nat().map<Edit>((at) => (network) => ({
    ...network,
    ties: network.ties.filter((_, i) => i !== at % Math.max(1, network.ties.length)),
  })),
  fc.nat().map<Edit>((at) => (network) => ({
    ...network,
    ties: network.ties.map((tie, i) =>
      i === at % Math.max(1, network.ties.length)
        ? { ...tie, strength: tie.strength === 'strong' ? 'weak' : 'strong' }
        : tie,
    ),
  })),
  fc.nat().map<Edit>((at) => (network) => ({
    ...network,
    ties: network.ties.map((tie, i) =>
      i === at % Math.max(1, network.ties.length) ? { ...tie } : tie,
    ),
  })),
  tags(['y tế', 'luật', 'gì đó']).map<Edit>((issues) => (network) => ({ ...network, issues })),
  fc.constant<Edit>((network) => network),
  fc.constant<Edit>((network) => ({ ...network })),
);

describe('updateInsights: the figures after an edit, from those before it', () => {
  it('gives, after any sequence of edits, the figures worked out from scratch', () => {
    fc.assert(
      fc.property(networkArb, fc.array(editArb, { maxLength: 12 }), (start, edits) => {
        let network = start;
        let state = finish(updateInsights(undefined, network));
        expect(state.insights).toEqual(computeInsights(network));
        for (const edit of edits) {
          network = edit(network);
          state = finish(updateInsights(state, network));
          expect(state.network).toBe(network);
          expect(state.insights).toEqual(computeInsights(network));
        }
      }),
      { numRuns: 400 },
    );
  });

  const map = largeNetwork(300, 600);
  const before = finish(updateInsights(undefined, map));
  const someone = map.people[7] as Person;

  it('recounts the rings of someone moved to another ring and keeps every other figure', () => {
    const ring = someone.ring === 'inner' ? 'close' : 'inner';
    const after = finish(updateInsights(before, movePerson(map, someone.id, { ring })));
    expect(after.insights.rings).not.toEqual(before.insights.rings);
    expect(after.insights.tieBalance.reader).not.toEqual(before.insights.tieBalance.reader);
    // Worked out again, these would be equal copies, not the same objects.
    expect(after.insights.introductions).toBe(before.insights.introductions);
    expect(after.insights.groups).toBe(before.insights.groups);
    expect(after.insights.brokerage).toBe(before.insights.brokerage);
    expect(after.insights.lens).toBe(before.insights.lens);
    expect(after.graph.neighbours).toBe(before.graph.neighbours);
  });

  it('keeps the very same figures when a person’s name or notes change', () => {
    const after = finish(
      updateInsights(before, updatePerson(map, someone.id, { name: 'Nguyễn Văn Anh', notes: '…' })),
    );
    expect(after.insights).toBe(before.insights);
  });

  it('works out the candidate introductions again when someone’s topics change', () => {
    const edited = updatePerson(map, someone.id, { knowsAbout: ['topic 1'], preference: 'open' });
    const after = finish(updateInsights(before, edited));
    expect(after.insights.introductions).not.toBe(before.insights.introductions);
    expect(after.insights.introductions).toEqual(computeInsights(edited).introductions);
  });

  it('pauses between the costly parts of a new tie, and only then', () => {
    const other = map.people.find((p) => p.id !== someone.id) as Person;
    const tied = addTie(map, someone.id, other.id, 'strong');
    const pauses = (steps: Generator<undefined, InsightsState>) => {
      let count = 0;
      while (steps.next().done !== true) count += 1;
      return count;
    };
    expect(pauses(updateInsights(before, tied))).toBeGreaterThanOrEqual(3);
    expect(pauses(updateInsights(before, movePerson(map, someone.id, { ring: 'inner' })))).toBe(0);
  });

  it('pauses after every figure when working them all out for the first time', () => {
    const steps = updateInsights(undefined, map);
    let pauses = 0;
    while (steps.next().done !== true) pauses += 1;
    // The graph, then each of the nine figures but the last.
    expect(pauses).toBeGreaterThanOrEqual(8);
  });

  it('starts afresh when the candidate options differ', () => {
    const after = finish(updateInsights(before, map, { limit: 3 }));
    expect(after.insights.introductions.candidates).toHaveLength(3);
    expect(after.insights).toEqual(computeInsights(map, { limit: 3 }));
  });
});
