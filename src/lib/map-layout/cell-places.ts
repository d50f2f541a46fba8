import type { Ring } from '../network/person';
import { assignSlots, slotGrid } from './cell-slots';
import { fromPolar, type Point } from './geometry';
import type { MapNode } from './layout-map';
import type { RingBand } from './rings';
import type { Sector } from './sectors';

/*
 * One ring × sector cell's dots. Placing a cell sorts its ids, hashes them into slots and works
 * out a point per person; at 1,000 people that is most of `layoutMap`'s time. An edit touches one
 * or two cells (a move to another ring: the cell left and the cell joined; a new first context
 * changes every sector's angle, and then every cell), so each cell's nodes are kept with what
 * decided them and reused while all of it is the same.
 */

/** A cell's nodes as last placed, with every input that decided them. */
export interface CellPlace {
  ids: readonly string[];
  startAngle: number;
  endAngle: number;
  inner: number;
  outer: number;
  centre: Point;
  nodes: MapNode[];
}

/** Each cell's place, filed by ring then context (null: the unsorted sector). */
export type CellPlaces = Map<Ring, Map<string | null, CellPlace>>;

/** What decides a cell's nodes. */
export interface CellInput {
  /** The people in the cell, in the map's order. */
  ids: readonly string[];
  centre: Point;
  band: RingBand;
  sector: Sector;
  /** Nodes keep off the edges of their cell by this share of its width and depth. */
  padding: number;
}

function sameIds(x: readonly string[], y: readonly string[]): boolean {
  if (x.length !== y.length) return false;
  for (let index = 0; index < x.length; index += 1) if (x[index] !== y[index]) return false;
  return true;
}

function samePlace(place: CellPlace, input: CellInput): boolean {
  return (
    place.startAngle === input.sector.startAngle &&
    place.endAngle === input.sector.endAngle &&
    place.inner === input.band.inner &&
    place.outer === input.band.outer &&
    place.centre.x === input.centre.x &&
    place.centre.y === input.centre.y &&
    sameIds(place.ids, input.ids)
  );
}

/** The nodes of one cell, worked out afresh; a person who did not move keeps their old node. */
function freshNodes(input: CellInput, old: readonly MapNode[]): MapNode[] {
  const { ids, centre, band, sector, padding } = input;
  const span = sector.endAngle - sector.startAngle;
  const { slots, capacity } = assignSlots(ids);
  const depth = band.outer - band.inner;
  const grid = slotGrid(capacity, { ...band, span });
  // An arc's padding is the same length as the depth's, not the same share of a long arc.
  const padAlong = Math.min(0.25, (padding * depth) / Math.max(span * band.radius, 1e-9));
  const kept = new Map(old.map((node) => [node.id, node]));
  return ids.map((id) => {
    const slot = grid[slots.get(id) ?? 0] ?? { along: 0.5, across: 0.5 };
    const along = padAlong + (1 - 2 * padAlong) * slot.along;
    const across = padding + (1 - 2 * padding) * slot.across;
    const point = fromPolar(centre, band.inner + across * depth, sector.startAngle + along * span);
    const before = kept.get(id);
    if (before !== undefined && before.x === point.x && before.y === point.y) return before;
    return { id, ...point, ring: band.ring, context: sector.context };
  });
}

/**
 * One cell's nodes: those of `places.before` when nothing that decides them changed, else worked
 * out again. The result is filed in `places.after` for the next layout.
 */
export function placeCell(
  input: CellInput,
  places?: { before: CellPlaces; after: CellPlaces },
): MapNode[] {
  const { band, sector } = input;
  const previous = places?.before.get(band.ring)?.get(sector.context);
  const nodes =
    previous !== undefined && samePlace(previous, input)
      ? previous.nodes
      : freshNodes(input, previous?.nodes ?? []);
  if (places !== undefined) {
    let byContext = places.after.get(band.ring);
    if (byContext === undefined)
      places.after.set(band.ring, (byContext = new Map<string | null, CellPlace>()));
    byContext.set(sector.context, {
      ids: input.ids,
      startAngle: sector.startAngle,
      endAngle: sector.endAngle,
      inner: band.inner,
      outer: band.outer,
      centre: input.centre,
      nodes,
    });
  }
  return nodes;
}
