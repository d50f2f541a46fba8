import type { Network } from '../network/network';
import type { Insights } from './insights';
import { sizeByContext, sizeByRing } from './size';

/**
 * The figures of an empty map, written out rather than worked out, so that a page showing an
 * empty map (a first visit) need not fetch the code that works figures out (a unit test checks
 * them against `computeInsights(emptyNetwork())`).
 */
const EMPTY: Omit<Insights, 'rings' | 'contexts'> = {
  growth: { byYear: [], byMonth: [], yearOnly: 0, undated: 0 },
  diversity: { contexts: 0, topics: 0, blau: { value: null, reason: 'no-people' } },
  lens: [],
  tieBalance: {
    amongPeople: { strong: 0, weak: 0, strongShare: null },
    reader: { strong: 0, weak: 0, strongShare: null },
  },
  brokerage: { value: null, reason: 'no-people' },
  groups: { groups: [], count: 0, singletons: 0, bridges: false },
  introductions: { candidates: [], truncated: false },
};

/**
 * What the figures show while a map's first figures are still being worked out (in slices, after
 * the page is painted, or once their code has arrived): its head-counts by ring and by context,
 * which take a pass over the people, and every other figure as for an empty map. For an empty
 * map these are its figures. The page marks them as updating meanwhile.
 * @example firstLook(network).rings.total === network.people.length
 */
export function firstLook(network: Pick<Network, 'people'>): Insights {
  return { ...EMPTY, rings: sizeByRing(network), contexts: sizeByContext(network) };
}
