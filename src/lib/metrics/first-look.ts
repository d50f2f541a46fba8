import { emptyNetwork, type Network } from '../network/network';
import { computeInsights, type Insights } from './insights';
import { sizeByContext, sizeByRing } from './size';

/** The figures of an empty map, worked out once. */
let empty: Insights | undefined;

/**
 * What the figures show while a large map's first figures are still being worked out (in slices,
 * after the page is painted): its head-counts by ring and by context, which take a pass over the
 * people, and every other figure as for an empty map. The page marks them as updating meanwhile.
 * @example firstLook(network).rings.total === network.people.length
 */
export function firstLook(network: Pick<Network, 'people'>): Insights {
  empty ??= computeInsights(emptyNetwork());
  return { ...empty, rings: sizeByRing(network), contexts: sizeByContext(network) };
}
