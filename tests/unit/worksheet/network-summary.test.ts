import { describe, expect, it } from 'vitest';
import { summarizeNetwork } from '../../../src/lib/worksheet/network-summary';
import { emptyNetwork } from '../../../src/lib/network/network';
import { buildNetwork, person } from '../network/build-network';

describe('summarizeNetwork', () => {
  it('counts rings, contexts, growth, diversity and ties', () => {
    const network = {
      ...buildNetwork(
        [
          person('a', { ring: 'inner', contexts: ['workplace'], since: '2019' }),
          person('b', { ring: 'close', contexts: ['workplace'], since: '2021-04' }),
          person('c', { ring: 'close', contexts: ['club'] }),
        ],
        ['a-b'],
      ),
      customContexts: [{ id: 'club', label: 'Câu lạc bộ chạy' }],
    };
    const summary = summarizeNetwork(network);
    expect(summary.rings).toEqual({
      total: 3,
      byRing: { inner: 1, close: 2, wider: 0, acquaintance: 0 },
    });
    expect(summary.contexts).toEqual({
      byContext: [
        { context: 'workplace', count: 2 },
        { context: 'club', count: 1 },
      ],
      noContext: 0,
    });
    expect(summary.growth.byYear).toEqual([
      { period: 2019, added: 1, cumulative: 1 },
      { period: 2021, added: 1, cumulative: 2 },
    ]);
    expect(summary.growth.undated).toBe(1);
    // Blau over contexts 2 and 1: 1 − (2/3)² − (1/3)² = 4/9
    expect(summary.diversity.blau.value?.index).toBeCloseTo(4 / 9, 12);
    expect(summary.ties).toBe(1);
    expect(summary.customLabels).toEqual({ club: 'Câu lạc bộ chạy' });
  });

  it('has no diversity value for an empty map, and says why', () => {
    const summary = summarizeNetwork(emptyNetwork());
    expect(summary.rings.total).toBe(0);
    expect(summary.diversity.blau).toEqual({ value: null, reason: 'no-people' });
  });
});
