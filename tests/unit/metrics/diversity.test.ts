import { describe, expect, it } from 'vitest';
import { blauBand, blauIndex, diversity } from '../../../src/lib/metrics/diversity';
import { emptyNetwork } from '../../../src/lib/network/network';
import { buildNetwork, person } from '../network/build-network';

describe('blauIndex', () => {
  it('is 0 when everything is in one category', () => {
    expect(blauIndex([7])).toBe(0);
  });

  it('is 0.5 for two equal categories', () => {
    // 1 − (0.5² + 0.5²) = 0.5
    expect(blauIndex([3, 3])).toBe(0.5);
  });

  it('matches a hand computation for unequal categories', () => {
    // p = 2/4, 1/4, 1/4: 1 − (0.25 + 0.0625 + 0.0625) = 0.625
    expect(blauIndex([2, 1, 1])).toBeCloseTo(0.625, 12);
  });

  it('is null when there is nothing to count', () => {
    expect(blauIndex([])).toBeNull();
    expect(blauIndex([0, 0])).toBeNull();
  });
});

describe('blauBand', () => {
  it('reads below 0.5 as low, from 0.5 as medium and from 0.75 as high', () => {
    expect(blauBand(0)).toBe('low');
    expect(blauBand(0.49)).toBe('low');
    expect(blauBand(0.5)).toBe('medium');
    expect(blauBand(0.74)).toBe('medium');
    expect(blauBand(0.75)).toBe('high');
  });
});

describe('diversity', () => {
  it('is unavailable with no-people on an empty map', () => {
    expect(diversity(emptyNetwork())).toEqual({
      contexts: 0,
      topics: 0,
      blau: { value: null, reason: 'no-people' },
    });
  });

  it('is unavailable with no-contexts when nobody has a context', () => {
    const network = buildNetwork([person('a', { knowsAbout: ['Luật'] })]);
    expect(diversity(network)).toEqual({
      contexts: 0,
      topics: 1,
      blau: { value: null, reason: 'no-contexts' },
    });
  });

  it('counts contexts, topics without case or accents, and Blau over memberships', () => {
    const network = buildNetwork([
      person('a', { contexts: ['workplace', 'school'], knowsAbout: ['Kinh tế'] }),
      person('b', { contexts: ['workplace'], learnFrom: ['kinh te', 'Y tế'] }),
      person('c', { contexts: ['family'], knowsAbout: ['Đầu tư'] }),
      person('d'),
    ]);
    // Memberships: workplace 2, school 1, family 1 (d has none and is left out), so
    // Blau = 1 − (0.5² + 0.25² + 0.25²) = 0.625, as 1 / (1 − 0.625) = 8/3 equal contexts.
    // Topics: 'kinh te' (twice), 'y te', 'dau tu' = 3.
    const result = diversity(network);
    expect(result.contexts).toBe(3);
    expect(result.topics).toBe(3);
    expect(result.blau.value?.index).toBeCloseTo(0.625, 12);
    expect(result.blau.value?.equivalentContexts).toBeCloseTo(8 / 3, 12);
    expect(result.blau.value?.band).toBe('medium');
  });

  it('gives Blau 0 for a single context', () => {
    const network = buildNetwork([person('a', { contexts: ['school'] })]);
    expect(diversity(network).blau).toEqual({
      value: { index: 0, equivalentContexts: 1, band: 'low' },
      reason: null,
    });
  });
});
