import { RINGS } from '../network/person';
import { contains, type Box } from './box-grid';
import type { MapNode } from './layout-map';
import { placeLabels } from './place-labels';
import { dotBox, labelAnchor, screenCandidates, type LabelAnchor } from './screen-labels';

/** What the screen map needs to label its people. */
export interface MapLabelInput {
  /** The people drawn (those passing the filters). */
  nodes: readonly MapNode[];
  /** A name's width in font sizes (measured by the caller, who has the fonts). */
  widthOf: (id: string) => number;
  /** The text's size and the dots' radius, in layout units at the current zoom. */
  size: number;
  radius: number;
  /** The part of the map on screen: names stay wholly inside it. */
  bounds: Box;
  /** People whose names matter most just now (selected, focused), best first. */
  first?: readonly string[];
  /** Other text on the map that names must keep off. */
  obstacles?: readonly Box[];
}

/** A name to write on the screen map, and where. */
export interface MapLabel extends LabelAnchor {
  id: string;
}

/**
 * The names the screen map writes at the current zoom: those that matter (`first`, written even
 * where they must cover a neighbour's dot, never another name), then people
 * by closeness, inner rings first, each on the first side of its dot where it meets no other name
 * or dot and stays on screen. The rest are left out and appear as the reader zooms in; every
 * person keeps their dot and their accessible name whether written or not.
 */
export function mapLabels(input: MapLabelInput): MapLabel[] {
  const { nodes, widthOf, size, radius, bounds, first = [], obstacles = [] } = input;
  const rank = new Map<string, number>(first.map((id, i) => [id, i - first.length]));
  const onScreen = nodes.filter((node) => rank.has(node.id) || contains(bounds, dotBox(node, 0)));
  const order = onScreen
    .map((node, index) => ({ node, index, rank: rank.get(node.id) ?? RINGS.indexOf(node.ring) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ node }) => node);
  const placed = placeLabels(
    order.map((node) => {
      const dot = { x: node.x, y: node.y, radius };
      return {
        id: node.id,
        dot: dotBox(node, radius),
        candidates: screenCandidates(dot, widthOf(node.id) * size, size),
        must: rank.has(node.id),
      };
    }),
    { bounds, obstacles },
  );
  const byId = new Map(onScreen.map((node) => [node.id, node]));
  return placed.flatMap((label) => {
    const node = byId.get(label.id);
    if (node === undefined) return [];
    return [{ id: label.id, ...labelAnchor({ x: node.x, y: node.y, radius }, label.side, size) }];
  });
}
