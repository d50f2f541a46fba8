import type { Box } from '../map-layout/box-grid';
import { placeLabels } from '../map-layout/place-labels';

/** A person's dot on the printed map and the width of the name written beside it. */
export interface NamedDot {
  id: string;
  x: number;
  y: number;
  /** The name's width, in the map's units. */
  width: number;
}

/** How far a name starts from its dot's centre, and how tall its box is above and below. */
const GAP = 5;
const ABOVE = 6;
const BELOW = 7;
const DOT_RADIUS = 3.5;

function nameBox(dot: NamedDot, side: 'right' | 'left'): Box {
  const left = side === 'right' ? dot.x + GAP : dot.x - GAP - dot.width;
  return { left, right: left + dot.width, top: dot.y - ABOVE, bottom: dot.y + BELOW };
}

/**
 * Which names go to the left of their dot so that two names do not overprint each other: the
 * screen map's placer (`placeLabels`) with the printed map's two sides. Each name, in order, goes
 * to the right unless that box meets a name already placed or another dot while the left is clear;
 * paper cannot be zoomed, so a name that collides on both sides still goes on the right.
 */
export function namesOnTheLeft(dots: readonly NamedDot[]): Set<string> {
  const placed = placeLabels(
    dots.map((dot) => ({
      id: dot.id,
      dot: {
        left: dot.x - DOT_RADIUS,
        right: dot.x + DOT_RADIUS,
        top: dot.y - DOT_RADIUS,
        bottom: dot.y + DOT_RADIUS,
      },
      candidates: [
        { side: 'right' as const, box: nameBox(dot, 'right') },
        { side: 'left' as const, box: nameBox(dot, 'left') },
      ],
    })),
    { keepAll: true },
  );
  return new Set(placed.filter((label) => label.side === 'left').map((label) => label.id));
}
