import type { Network } from '../network/network';
import { partialDateMonth, partialDateYear } from '../dates/partial-date';

/** People met in one period, and everyone met up to the end of it. */
export interface GrowthPoint<Period> {
  period: Period;
  added: number;
  cumulative: number;
}

/** How the reader's network grew, from the dates they met people (`since`). */
export interface Growth {
  /** Years with at least one person, oldest first; years with none are left out. */
  byYear: GrowthPoint<number>[];
  /**
   * `YYYY-MM` months with at least one person, oldest first. Only people whose month is known
   * are counted here, so the last `cumulative` can be below the yearly one by `yearOnly`.
   */
  byMonth: GrowthPoint<string>[];
  /** People with a year but no month: counted by year, not by month. */
  yearOnly: number;
  /** People with no date at all. */
  undated: number;
}

function series<Period extends string | number>(
  counts: Map<Period, number>,
): GrowthPoint<Period>[] {
  let cumulative = 0;
  return [...counts]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([period, added]) => {
      cumulative += added;
      return { period, added, cumulative };
    });
}

/**
 * People met per year and per month, with running totals, from the partial dates on the map.
 * @example growth({ people: [{ since: '2019-04', … }, { since: '2019', … }] })
 *   // byYear [{ period: 2019, added: 2, cumulative: 2 }], byMonth [{ period: '2019-04', … 1 }]
 */
export function growth(network: Pick<Network, 'people'>): Growth {
  const years = new Map<number, number>();
  const months = new Map<string, number>();
  let yearOnly = 0;
  let undated = 0;
  for (const { since } of network.people) {
    if (since === undefined) {
      undated += 1;
      continue;
    }
    const year = partialDateYear(since);
    years.set(year, (years.get(year) ?? 0) + 1);
    const month = partialDateMonth(since);
    if (month === undefined) yearOnly += 1;
    else months.set(month, (months.get(month) ?? 0) + 1);
  }
  return { byYear: series(years), byMonth: series(months), yearOnly, undated };
}
