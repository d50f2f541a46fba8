import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../src/lib/metrics/insights';
import { emptyNetwork } from '../../../src/lib/network/network';
import { buildNetwork, person } from '../network/build-network';
import { largeNetwork } from './large-network';

describe('computeInsights', () => {
  it('gives every metric on an empty map without throwing', () => {
    const insights = computeInsights(emptyNetwork());
    expect(insights.rings.total).toBe(0);
    expect(insights.brokerage).toEqual({ value: null, reason: 'no-people' });
    expect(insights.diversity.blau.reason).toBe('no-people');
    expect(insights.groups.count).toBe(0);
    expect(insights.introductions.candidates).toEqual([]);
  });

  it('agrees with the single metrics on a small map', () => {
    const network = buildNetwork(
      [
        person('a', { contexts: ['workplace'], preference: 'open', knowsAbout: ['x'] }),
        person('b', { contexts: ['school'], preference: 'open', knowsAbout: ['x'] }),
        person('c', { contexts: ['workplace'] }),
      ],
      ['a-c'],
      { issues: ['x'] },
    );
    const insights = computeInsights(network);
    // Hand values: n = 3, t = 1, effective size 3 − 2/3 = 7/3.
    expect(insights.brokerage.value?.effectiveSize).toBeCloseTo(7 / 3, 12);
    expect(insights.groups.count).toBe(2);
    expect(insights.lens[0]?.verdict).toBe('several-contexts');
    expect(insights.introductions.candidates.map((c) => [c.a, c.b])).toEqual([['a', 'b']]);
  });

  // How long this takes is measured by `npm run bench`; tests never assert timings.
  it('computes everything for 1,000 people and 3,000 ties, capping the candidate list', () => {
    const insights = computeInsights(largeNetwork(1000, 3000));
    expect(insights.rings.total).toBe(1000);
    expect(insights.introductions.candidates.length).toBeLessThanOrEqual(50);
  });
});
