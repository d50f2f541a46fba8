import { describe, expect, it } from 'vitest';
import { brokerage } from '../../../src/lib/metrics/brokerage';
import { emptyNetwork } from '../../../src/lib/network/network';
import { buildNetwork, people } from '../network/build-network';

// Expected values are computed by hand from the formulas in brokerage.ts and were checked with
// networkx 3.6.1: nx.effective_size(G, ['ego']) and nx.constraint(G, ['ego']) on G = the ties
// below plus an edge from 'ego' to every person.
function measures(ids: string, ties: string[] = []): [number, number, number] {
  const result = brokerage(buildNetwork(people(ids), ties));
  if (result.value === null) throw new Error(`unexpected ${result.reason}`);
  return [result.value.effectiveSize, result.value.efficiency, result.value.constraint];
}

function expectClose(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? NaN, 12));
}

describe('brokerage', () => {
  it('is unavailable with no-people when the map is empty (networkx gives NaN)', () => {
    expect(brokerage(emptyNetwork())).toEqual({ value: null, reason: 'no-people' });
  });

  it('gives one alter an effective size of 1 and full constraint', () => {
    // n = 1, t = 0: 1 − 0 = 1; efficiency 1; constraint (1/1)² = 1.
    expectClose(measures('a'), [1, 1, 1]);
  });

  it('gives a star with no ties among alters the least constraint', () => {
    // n = 3, t = 0: effective size 3, efficiency 1, constraint 3 × (1/3)² = 1/3.
    expectClose(measures('a b c'), [3, 1, 1 / 3]);
  });

  it('matches the triangle values', () => {
    // n = 2, t = 1: 2 − 2/2 = 1; efficiency 1/2; each alter has degree 2:
    // (1/2 + 1/2 · 1/2)² = 9/16, twice = 9/8 (networkx: 1.125).
    expectClose(measures('a b', ['a-b']), [1, 0.5, 1.125]);
  });

  it('matches four alters in two separate pairs', () => {
    // n = 4, t = 2: 4 − 4/4 = 3; efficiency 3/4; each alter:
    // (1/4 + 1/4 · 1/2)² = 9/64, four times = 36/64 = 0.5625.
    expectClose(measures('a b c d', ['a-b', 'c-d']), [3, 0.75, 0.5625]);
  });

  it('matches a closed clique of three alters', () => {
    // n = 3, t = 3: 3 − 6/3 = 1; efficiency 1/3; each alter has degree 3:
    // (1/3 + 2 · 1/3 · 1/3)² = 25/81, three times = 25/27 ≈ 0.925926.
    expectClose(measures('a b c', ['a-b', 'b-c', 'a-c']), [1, 1 / 3, 25 / 27]);
  });

  it('matches a path of three alters plus an isolate', () => {
    // n = 4, t = 2: effective size 3, efficiency 3/4. Degrees a 2, b 3, c 2, d 1:
    // a (1/4 + 1/4 · 1/3)² = 1/9, b (1/4 + 2 · 1/4 · 1/2)² = 1/4, c 1/9, d (1/4)² = 1/16;
    // sum = 77/144 ≈ 0.534722 (networkx: 0.5347222222222222).
    expectClose(measures('a b c d', ['a-b', 'b-c']), [3, 0.75, 77 / 144]);
  });

  it('is not changed by tie strength, as networkx’s unweighted measures are not', () => {
    expectClose(measures('a b', ['a=b']), [1, 0.5, 1.125]);
  });
});
