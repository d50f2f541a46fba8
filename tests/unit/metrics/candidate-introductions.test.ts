import { describe, expect, it } from 'vitest';
import { candidateIntroductions } from '../../../src/lib/metrics/candidate-introductions';
import { emptyNetwork } from '../../../src/lib/network/network';
import type { Person, PersonInput } from '../../../src/lib/network/person';
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
