import { describe, expect, it } from 'vitest';
import { bridgedGroups } from '../../../src/lib/metrics/bridged-groups';
import { emptyNetwork } from '../../../src/lib/network/network';
import { buildNetwork, people, person } from '../network/build-network';

describe('bridgedGroups', () => {
  it('finds no group on an empty map', () => {
    expect(bridgedGroups(emptyNetwork())).toEqual({
      groups: [],
      count: 0,
      singletons: 0,
      bridges: false,
    });
  });

  it('does not call one person a bridge', () => {
    const result = bridgedGroups(buildNetwork([person('a')]));
    expect(result.count).toBe(1);
    expect(result.bridges).toBe(false);
  });

  it('finds the groups the reader alone links, largest first', () => {
    const network = buildNetwork(
      [
        person('a', { contexts: ['workplace'] }),
        person('b', { contexts: ['workplace'] }),
        person('c', { contexts: ['school', 'workplace'] }),
        person('d', { contexts: ['family'] }),
        person('e', { contexts: ['family'] }),
        person('f'),
      ],
      ['a-b', 'b-c', 'd-e'],
    );
    // Components by hand: {a, b, c}, {d, e}, {f}.
    expect(bridgedGroups(network)).toEqual({
      groups: [
        { ids: ['a', 'b', 'c'], contexts: ['workplace', 'school'] },
        { ids: ['d', 'e'], contexts: ['family'] },
        { ids: ['f'], contexts: [] },
      ],
      count: 3,
      singletons: 1,
      bridges: true,
    });
  });

  it('sees one group when ties join everyone', () => {
    const result = bridgedGroups(buildNetwork(people('a b c d'), ['a-b', 'c-d', 'b-c']));
    expect(result.groups).toEqual([{ ids: ['a', 'b', 'c', 'd'], contexts: [] }]);
    expect(result.bridges).toBe(false);
  });

  it('orders groups of the same size by their earliest member on the map', () => {
    const result = bridgedGroups(buildNetwork(people('a b c d'), ['c-d', 'a-b']));
    expect(result.groups.map((group) => group.ids)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});
