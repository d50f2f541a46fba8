import { describe, expect, it } from 'vitest';
import { STRONG_RINGS, tieBalance } from '../../../src/lib/metrics/tie-balance';
import { emptyNetwork } from '../../../src/lib/network/network';
import { buildNetwork, person } from '../network/build-network';

describe('STRONG_RINGS', () => {
  it('reads inner and close as strong ties of the reader', () => {
    expect([...STRONG_RINGS]).toEqual(['inner', 'close']);
  });
});

describe('tieBalance', () => {
  it('has no shares on an empty map', () => {
    expect(tieBalance(emptyNetwork())).toEqual({
      amongPeople: { strong: 0, weak: 0, strongShare: null },
      reader: { strong: 0, weak: 0, strongShare: null },
    });
  });

  it('counts ties among people and the reader’s ties by ring', () => {
    const network = buildNetwork(
      [
        person('a', { ring: 'inner' }),
        person('b', { ring: 'close' }),
        person('c', { ring: 'wider' }),
        person('d', { ring: 'acquaintance' }),
        person('e', { ring: 'acquaintance' }),
      ],
      ['a=b', 'b-c', 'c-d', 'd=e'],
    );
    // Among people: a=b and d=e strong, b-c and c-d weak: 2 of 4.
    // Reader: a and b strong (inner, close), c, d, e weak: 2 of 5.
    expect(tieBalance(network)).toEqual({
      amongPeople: { strong: 2, weak: 2, strongShare: 0.5 },
      reader: { strong: 2, weak: 3, strongShare: 0.4 },
    });
  });

  it('leaves the share among people null when nobody is tied', () => {
    const network = buildNetwork([person('a', { ring: 'inner' })]);
    expect(tieBalance(network).amongPeople.strongShare).toBeNull();
    expect(tieBalance(network).reader.strongShare).toBe(1);
  });
});
