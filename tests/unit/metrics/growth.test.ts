import { describe, expect, it } from 'vitest';
import { growth } from '../../../src/lib/metrics/growth';
import { emptyNetwork } from '../../../src/lib/network/network';
import { buildNetwork, person } from '../network/build-network';

describe('growth', () => {
  it('is empty for an empty network', () => {
    expect(growth(emptyNetwork())).toEqual({ byYear: [], byMonth: [], yearOnly: 0, undated: 0 });
  });

  it('reports a person without a date as undated only', () => {
    expect(growth(buildNetwork([person('a')]))).toEqual({
      byYear: [],
      byMonth: [],
      yearOnly: 0,
      undated: 1,
    });
  });

  it('counts people per year and month with running totals, oldest first', () => {
    const network = buildNetwork([
      person('a', { since: '2021-03-15' }),
      person('b', { since: '2019-04' }),
      person('c', { since: '2019' }), // year only: counted in 2019, not in a month
      person('d', { since: '2019-04-30' }),
      person('e', { since: '2020-12' }),
      person('f'),
    ]);
    // By hand: 2019 has b, c, d (3); 2020 has e (1); 2021 has a (1).
    // Months known: 2019-04 has b, d; 2020-12 has e; 2021-03 has a.
    expect(growth(network)).toEqual({
      byYear: [
        { period: 2019, added: 3, cumulative: 3 },
        { period: 2020, added: 1, cumulative: 4 },
        { period: 2021, added: 1, cumulative: 5 },
      ],
      byMonth: [
        { period: '2019-04', added: 2, cumulative: 2 },
        { period: '2020-12', added: 1, cumulative: 3 },
        { period: '2021-03', added: 1, cumulative: 4 },
      ],
      yearOnly: 1,
      undated: 1,
    });
  });
});
