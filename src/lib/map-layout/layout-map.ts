import type { Network } from '../network/network';
import type { Ring } from '../network/person';
import { placeCell, type CellPlaces } from './cell-places';
import { countPeople, peopleCounter, type PeopleCounts } from './cell-counts';
import { fromPolar, type Point } from './geometry';
import { closestDistance } from './spacing';
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
  /**
   * The distance between the two closest dots (Infinity with fewer than two). A dot's radius of
   * at most two thirds of it keeps any two dots from covering each other by more than half a radius.
   */
  spacing: number;
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
const CELL_PADDING = 0.1;

/**
 * Lays out the reader's map without any force simulation, so that it never jitters and the same
 * map always looks the same: the reader at the centre, one concentric band per closeness ring
 * (inner innermost), one angular sector per context (a person's first context decides it; people
 * without one are "unsorted"). Sectors are as wide as the people they hold need
 * (`layoutSectors`). In a cell, a person's slot comes from a hash of their id; the slots are
 * staggered rows spread evenly over the cell (`slotGrid`), so that dots keep apart.
 *
 * `places` (see `mapLayouter`) carries each cell's nodes from the layout before: a cell whose
 * people, angles and band are unchanged keeps its very nodes, so an edit re-places only the
 * cells it touched. Without it every cell is placed afresh; the result is the same either way.
 */
export function layoutMap(
  network: Network,
  size: { width: number; height: number },
  options: LayoutOptions = {},
  places?: { before: CellPlaces; after: CellPlaces; counts?: PeopleCounts },
): MapLayout {
  const width = Math.max(size.width, 1);
  const height = Math.max(size.height, 1);
  const centre = { x: width / 2, y: height / 2 };
  const half = Math.min(width, height) / 2;
  const { centreRadius, rings } = ringBands(half * (1 - MARGIN_SHARE));
  const aggregated = network.people.length > (options.aggregateAbove ?? 1500);
  // An aggregated map is drawn from head-counts alone: patched after an edit when the caller
  // keeps them (`mapLayouter`), rather than counted again over up to 30,000 people.
  const counts = places?.counts ?? (aggregated ? countPeople(network.people) : undefined);
  const sectors = layoutSectors(network, options.alwaysShow, counts?.bySector);

  // Who is in each cell, filed by ring then context (no string built per person).
  const cellIds = new Map<Ring, Map<string | null, string[]>>();
  const cellCounts = counts?.byCell;
  for (const person of aggregated ? [] : network.people) {
    const context = sectorOf(person);
    let byContext = cellIds.get(person.ring);
    if (byContext === undefined)
      cellIds.set(person.ring, (byContext = new Map<string | null, string[]>()));
    const ids = byContext.get(context);
    if (ids === undefined) byContext.set(context, [person.id]);
    else ids.push(person.id);
  }

  const nodes: MapNode[] = [];
  const cells: MapCell[] = [];
  for (const sector of sectors) {
    const span = sector.endAngle - sector.startAngle;
    for (const band of rings) {
      const ids = cellIds.get(band.ring)?.get(sector.context);
      const count = aggregated
        ? (cellCounts?.get(band.ring)?.get(sector.context) ?? 0)
        : (ids?.length ?? 0);
      if (count === 0) continue;
      const middle = fromPolar(centre, band.radius, sector.startAngle + span / 2);
      cells.push({ ...middle, ring: band.ring, context: sector.context, count });
      if (ids === undefined) continue;
      const placed = placeCell({ ids, centre, band, sector, padding: CELL_PADDING }, places);
      for (const node of placed) nodes.push(node);
    }
  }
  const spacing = closestDistance(nodes, Math.PI * (rings.at(-1)?.outer ?? half) ** 2);
  return { centre, centreRadius, rings, sectors, nodes, cells, aggregated, spacing };
}

/**
 * A layout function that remembers each cell's nodes between calls: after an edit, the cells the
 * edit did not touch keep their nodes (the same objects), and so do the people of a touched cell
 * who kept their place, so a view keyed on these objects redraws only the dots that moved.
 * Always the same result as `layoutMap` without memory (a property test checks it).
 * @example const layout = mapLayouter(); layout(network, size) ... layout(edited, size)
 */
export function mapLayouter(): (
  network: Network,
  size: { width: number; height: number },
  options?: LayoutOptions,
) => MapLayout {
  let before: CellPlaces = new Map();
  const countOf = peopleCounter();
  return (network, size, options = {}) => {
    const after: CellPlaces = new Map();
    const counts = countOf(network.people);
    const layout = layoutMap(network, size, options, { before, after, counts });
    before = after;
    return layout;
  };
}
