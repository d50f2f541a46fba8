import type { MapLayout } from '../../lib/map-layout/layout-map';
import { ringBands } from '../../lib/map-layout/rings';
import { layoutSectors } from '../../lib/map-layout/sectors';
import type { Network } from '../../lib/network/network';

/** The share of the drawing's half-width left around the outer ring (as in `layoutMap`). */
const MARGIN_SHARE = 0.04;

/**
 * The map's rings and sectors with nobody placed on them: what an empty map draws, worked out
 * without the layout code that places people (which is fetched with the map's drawing, once
 * there is someone to draw or the reader is about to add them). For an empty network it is
 * exactly `layoutMap`'s result; a unit test holds the two together.
 * @example frameLayout(emptyNetwork(), { width: 1000, height: 1000 }).nodes.length === 0
 */
export function frameLayout(
  network: Network,
  size: { width: number; height: number },
  alwaysShow: readonly (string | null)[] = [],
): MapLayout {
  const width = Math.max(size.width, 1);
  const height = Math.max(size.height, 1);
  const half = Math.min(width, height) / 2;
  const { centreRadius, rings } = ringBands(half * (1 - MARGIN_SHARE));
  return {
    centre: { x: width / 2, y: height / 2 },
    centreRadius,
    rings,
    sectors: layoutSectors(network, alwaysShow),
    nodes: [],
    cells: [],
    aggregated: false,
    spacing: Infinity,
  };
}
