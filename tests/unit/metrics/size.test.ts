import { describe, expect, it } from 'vitest';
import { sizeByContext, sizeByRing } from '../../../src/lib/metrics/size';
import { emptyNetwork } from '../../../src/lib/network/network';
import { buildNetwork, person } from '../network/build-network';

describe('sizeByRing', () => {
  it('gives zero in every ring for an empty network', () => {
    expect(sizeByRing(emptyNetwork())).toEqual({
      total: 0,
      byRing: { inner: 0, close: 0, wider: 0, acquaintance: 0 },
    });
  });

  it('counts people in each ring', () => {
    const network = buildNetwork([
      person('a', { ring: 'inner' }),
      person('b', { ring: 'inner' }),
      person('c', { ring: 'acquaintance' }),
      person('d'), // the schema default ring is 'wider'
    ]);
    expect(sizeByRing(network)).toEqual({
      total: 4,
      byRing: { inner: 2, close: 0, wider: 1, acquaintance: 1 },
    });
  });
});

describe('sizeByContext', () => {
  it('is empty for an empty network', () => {
    expect(sizeByContext(emptyNetwork())).toEqual({ byContext: [], noContext: 0 });
  });

  it('counts a person in each of their contexts and counts people with none', () => {
    const network = buildNetwork([
      person('a', { contexts: ['workplace', 'school'] }),
      person('b', { contexts: ['workplace'] }),
      person('c', { contexts: ['school', 'school'] }), // a repeat counts once
      person('d', { contexts: ['family'] }),
      person('e'),
    ]);
    // workplace: a, b; school: a, c; family: d. Ties in count are broken by id.
    expect(sizeByContext(network)).toEqual({
      byContext: [
        { context: 'school', count: 2 },
        { context: 'workplace', count: 2 },
        { context: 'family', count: 1 },
      ],
      noContext: 1,
    });
  });
});
