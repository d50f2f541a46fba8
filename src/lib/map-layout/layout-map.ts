import type { Network } from '../network/network';
import type { Ring } from '../network/person';
import { fromPolar, hashString, type Point } from './geometry';
import { ringBands, type RingBand } from './rings';
import { layoutSectors, sectorOf, type Sector } from './sectors';

/** One person's place on the map. */
export interface MapNode extends Point {
  id: string;
  ring: Ring;
  context: string | null;
}

/** One ring × sector cell: how many people it holds and where to draw its count. */
export interface MapCell extends Point {
  ring: Ring;
  context: string | null;
  count: number;
}

/** Everything needed to draw the map; angles in radians clockwise from 12 o'clock. */
export interface MapLayout {
  centre: Point;
  /** The reader's disc at the centre. */
  centreRadius: number;
  rings: RingBand[];
  sectors: Sector[];
  /** One per person, or none when `aggregated`. */
  nodes: MapNode[];
  /** Cells holding at least one person. */
  cells: MapCell[];
  /** True when there are too many people to draw one by one: draw `cells` instead. */
  aggregated: boolean;
}

/** Options for `layoutMap`. */
export interface LayoutOptions {
  /** Above this many people only cell counts are laid out (default 1,500). */
  aggregateAbove?: number;
  /** Contexts to give a sector even when empty (null: the unsorted sector), e.g. as drop targets. */
  alwaysShow?: readonly (string | null)[];
}

const MARGIN_SHARE = 0.04;
/** Nodes keep off the edges of their cell by this share of its width and depth. */
const CELL_PADDING = 0.12;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

function nextPowerOfTwo(n: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(n, 1)));
}

/**
 * Slots for the ids of one cell. Each id goes to the slot its hash names (or the next free one),
 * and the number of slots only doubles as the cell fills, so people stay put when someone joins
 * another cell, and mostly stay put when someone joins theirs.
 */
function slotsFor(ids: readonly string[]): { slots: Map<string, number>; capacity: number } {
  const capacity = Math.max(8, nextPowerOfTwo(ids.length * 2));
  const taken = new Set<number>();
  const slots = new Map<string, number>();
  for (const id of [...ids].sort()) {
    let slot = hashString(id) % capacity;
    while (taken.has(slot)) slot = (slot + 1) % capacity;
    taken.add(slot);
    slots.set(id, slot);
  }
  return { slots, capacity };
}

/**
 * Lays out the reader's map without any force simulation, so that it never jitters and the same
 * map always looks the same: the reader at the centre, one concentric band per closeness ring
 * (inner innermost), one angular sector per context (a person's first context decides it; people
 * without one are "unsorted"). In a cell, a person's slot comes from a hash of their id: slots
 * run along the arc, and successive slots step through the band's depth by the golden ratio so
 * that neighbours do not line up.
 */
export function layoutMap(
  network: Network,
  size: { width: number; height: number },
  options: LayoutOptions = {},
): MapLayout {
  const width = Math.max(size.width, 1);
  const height = Math.max(size.height, 1);
  const centre = { x: width / 2, y: height / 2 };
  const half = Math.min(width, height) / 2;
  const { centreRadius, rings } = ringBands(half * (1 - MARGIN_SHARE));
  const sectors = layoutSectors(network, options.alwaysShow);
  const aggregated = network.people.length > (options.aggregateAbove ?? 1500);

  const cellIds = new Map<string, string[]>();
  const cellKey = (ring: Ring, context: string | null): string => `${ring}\u0000${context ?? ''}`;
  for (const person of network.people) {
    const key = cellKey(person.ring, sectorOf(person));
    const ids = cellIds.get(key);
    if (ids === undefined) cellIds.set(key, [person.id]);
    else ids.push(person.id);
  }

  const nodes: MapNode[] = [];
  const cells: MapCell[] = [];
  for (const sector of sectors) {
    const span = sector.endAngle - sector.startAngle;
    for (const band of rings) {
      const ids = cellIds.get(cellKey(band.ring, sector.context));
      if (ids === undefined) continue;
      const middle = fromPolar(centre, band.radius, sector.startAngle + span / 2);
      cells.push({ ...middle, ring: band.ring, context: sector.context, count: ids.length });
      if (aggregated) continue;
      const { slots, capacity } = slotsFor(ids);
      const depth = band.outer - band.inner;
      for (const id of ids) {
        const slot = slots.get(id) ?? 0;
        const along = CELL_PADDING + (1 - 2 * CELL_PADDING) * ((slot + 0.5) / capacity);
        const across = CELL_PADDING + (1 - 2 * CELL_PADDING) * (((slot + 1) * GOLDEN) % 1);
        const point = fromPolar(
          centre,
          band.inner + across * depth,
          sector.startAngle + along * span,
        );
        nodes.push({ id, ...point, ring: band.ring, context: sector.context });
      }
    }
  }
  return { centre, centreRadius, rings, sectors, nodes, cells, aggregated };
}
