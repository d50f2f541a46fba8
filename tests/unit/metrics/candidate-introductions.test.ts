import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  candidateIntroductions,
  type CandidateIntroduction,
} from '../../../src/lib/metrics/candidate-introductions';
import { emptyNetwork, type Network } from '../../../src/lib/network/network';
import { PREFERENCES, type Person, type PersonInput } from '../../../src/lib/network/person';
import { tieKey } from '../../../src/lib/network/tie-key';
import { topicKey } from '../../../src/lib/network/topic-key';
import { buildNetwork, person } from '../network/build-network';

function open(id: string, fields: Partial<Omit<PersonInput, 'id'>> = {}): Person {
  return person(id, { preference: 'open', ...fields });
}

describe('candidateIntroductions', () => {
  it('finds nobody on an empty map', () => {
    expect(candidateIntroductions(emptyNetwork())).toEqual({ candidates: [], truncated: false });
  });

  it('finds nobody with one person', () => {
    const network = buildNetwork([open('a', { knowsAbout: ['x'], needs: ['x'] })]);
    expect(candidateIntroductions(network).candidates).toEqual([]);
  });

  it('proposes two open people from different contexts who share a topic', () => {
    const network = buildNetwork([
      open('a', { contexts: ['workplace'], knowsAbout: ['Kinh tế'] }),
      open('b', { contexts: ['school'], learnFrom: ['kinh te'] }),
    ]);
    expect(candidateIntroductions(network).candidates).toEqual([
      { a: 'a', b: 'b', score: 1, reasons: [{ code: 'shared-topic', topic: 'Kinh tế' }] },
    ]);
  });

  it('proposes a need met by the other’s knowledge and ranks it above a shared topic', () => {
    const network = buildNetwork([
      open('a', { contexts: ['workplace'], knowsAbout: ['luật'] }),
      open('b', { contexts: ['school'], knowsAbout: ['luật'] }),
      open('c', { contexts: ['family'], needs: ['Luat'] }),
    ]);
    // a–c and b–c: a need met, score 2; a–b: one shared topic, score 1. Equal scores keep map
    // order. A topic is shown as first spelled on the map (a's 'luật').
    expect(candidateIntroductions(network).candidates).toEqual([
      {
        a: 'a',
        b: 'c',
        score: 2,
        reasons: [{ code: 'need-met', topic: 'luật', needer: 'c', helper: 'a' }],
      },
      {
        a: 'b',
        b: 'c',
        score: 2,
        reasons: [{ code: 'need-met', topic: 'luật', needer: 'c', helper: 'b' }],
      },
      { a: 'a', b: 'b', score: 1, reasons: [{ code: 'shared-topic', topic: 'luật' }] },
    ]);
  });

  it('adds up needs met both ways and shared topics', () => {
    const network = buildNetwork([
      open('a', { knowsAbout: ['design', 'y tế'], needs: ['funding'] }),
      open('b', { knowsAbout: ['funding', 'Y TE'], needs: ['design'] }),
    ]);
    // Two needs met (2 × 2) plus one shared topic 'y te' (1) = 5. People with no context share none.
    expect(candidateIntroductions(network).candidates).toEqual([
      {
        a: 'a',
        b: 'b',
        score: 5,
        reasons: [
          { code: 'need-met', topic: 'design', needer: 'b', helper: 'a' },
          { code: 'need-met', topic: 'funding', needer: 'a', helper: 'b' },
          { code: 'shared-topic', topic: 'y tế' },
        ],
      },
    ]);
  });

  it('never lists a person who asked to be asked first or not to be introduced', () => {
    const network = buildNetwork([
      open('a', { contexts: ['workplace'], knowsAbout: ['x'], needs: ['y'] }),
      person('b', { contexts: ['school'], knowsAbout: ['x', 'y'], preference: 'ask' }),
      person('c', { contexts: ['family'], knowsAbout: ['x', 'y'], preference: 'no' }),
      person('d', { contexts: ['online'], knowsAbout: ['x', 'y'] }), // default preference is ask
    ]);
    expect(candidateIntroductions(network).candidates).toEqual([]);
  });

  it('skips pairs already tied and pairs sharing a context', () => {
    const network = buildNetwork(
      [
        open('a', { contexts: ['workplace'], knowsAbout: ['x'] }),
        open('b', { contexts: ['school'], knowsAbout: ['x'] }),
        open('c', { contexts: ['workplace', 'family'], knowsAbout: ['x'] }),
      ],
      ['a-b'],
    );
    // a–b are tied, a–c share workplace; only b–c is left.
    expect(candidateIntroductions(network).candidates.map((c) => [c.a, c.b])).toEqual([['b', 'c']]);
  });

  it('caps the list at the limit, best first', () => {
    const network = buildNetwork(
      ['a', 'b', 'c', 'd'].map((id) => open(id, { contexts: [id], knowsAbout: ['x'] })),
    );
    // 4 people sharing 'x': 6 pairs, all score 1, in map order.
    const result = candidateIntroductions(network, { limit: 2 });
    expect(result.candidates.map((c) => [c.a, c.b])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]);
  });

  it('stops at the pair budget and says so', () => {
    const network = buildNetwork(
      ['a', 'b', 'c', 'd'].map((id) => open(id, { contexts: [id], knowsAbout: ['x'] })),
    );
    const result = candidateIntroductions(network, { maxPairs: 3 });
    expect(result.truncated).toBe(true);
    expect(result.candidates).toHaveLength(3);
  });
});

/**
 * Every pair tried, the slow and obvious way: the reference the indexed search must agree with
 * whenever it is not cut short.
 */
function everyPair(network: Network, limit = 50): CandidateIntroduction[] {
  const open = network.people.filter(
    (p, i) => p.preference === 'open' && network.people.findIndex((q) => q.id === p.id) === i,
  );
  const keys = (texts: string[]) => new Set(texts.map(topicKey).filter((key) => key !== ''));
  const tied = new Set(network.ties.map((tie) => tieKey(tie.a, tie.b)));
  const topics = open.map((p) => keys([...p.knowsAbout, ...p.learnFrom]));
  const topicLists = topics.map((set) => [...set]);
  const needs = open.map((p) => [...keys(p.needs)]);
  const count = (list: string[] | undefined, set: Set<string> | undefined) =>
    (list ?? []).reduce((sum, key) => sum + (set?.has(key) === true ? 1 : 0), 0);
  const all: CandidateIntroduction[] = [];
  open.forEach((p, i) => {
    for (let j = i + 1; j < open.length; j += 1) {
      const q = open[j] as Person;
      if (tied.size > 0 && tied.has(tieKey(p.id, q.id))) continue;
      if (p.contexts.some((c) => q.contexts.includes(c))) continue;
      const met = count(needs[i], topics[j]) + count(needs[j], topics[i]);
      const score = 2 * met + count(topicLists[i], topics[j]);
      if (score > 0) all.push({ a: p.id, b: q.id, score, reasons: [] });
    }
  });
  // A stable sort keeps map order among equal scores.
  return all.sort((x, y) => y.score - x.score).slice(0, limit);
}

const pairsOf = (list: CandidateIntroduction[]) => list.map(({ a, b, score }) => ({ a, b, score }));

describe('candidateIntroductions against trying every pair', () => {
  const tagsOf = fc.array(fc.constantFrom('y tế', 'Y TE', 'luật', 'kinh tế', 'dữ liệu', ' '), {
    maxLength: 3,
  });
  const openPerson = (id: string) =>
    fc
      .record({
        preference: fc.constantFrom(...PREFERENCES),
        contexts: fc.array(fc.constantFrom('workplace', 'school', 'family'), { maxLength: 2 }),
        knowsAbout: tagsOf,
        learnFrom: tagsOf,
        needs: tagsOf,
      })
      .map((fields) => person(id, fields));

  it('finds the same pairs, scores and order on small maps', () => {
    const ids = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
    fc.assert(
      fc.property(
        fc.tuple(...ids.map(openPerson)),
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 6 }),
        fc.integer({ min: 1, max: 8 }),
        (people, pairs, limit) => {
          const ties = pairs.filter(([a, b]) => a < b).map(([a, b]) => `${a}-${b}`);
          const network = buildNetwork(people, [...new Set(ties)]);
          const found = candidateIntroductions(network, { limit });
          expect(found.truncated).toBe(false);
          expect(pairsOf(found.candidates)).toEqual(pairsOf(everyPair(network, limit)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds the same pairs on a map with more open people than its compact score table holds', () => {
    // 1,600 open people: 2.56 million pairs, past the typed table (2²¹), kept in a map instead.
    const topics = ['kinh tế', 'y tế', 'luật', 'giáo dục', 'dữ liệu', 'báo chí', 'xuất khẩu'];
    const people = Array.from({ length: 1600 }, (_, i) =>
      open(`p${i}`, {
        contexts: [`c${i % 40}`],
        knowsAbout: [topics[i % 7] as string, `chủ đề ${i % 101}`],
        needs: i % 9 === 0 ? [topics[(i + 3) % 7] as string] : [],
      }),
    );
    const network = buildNetwork(people);
    const found = candidateIntroductions(network, { maxPairs: Infinity });
    expect(found.truncated).toBe(false);
    expect(pairsOf(found.candidates)).toEqual(pairsOf(everyPair(network)));
    // Trying 1.3 million pairs the slow way takes seconds on a busy machine.
  }, 60_000);
});
