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

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function nameBox(dot: NamedDot, side: 'right' | 'left'): Box {
  const left = side === 'right' ? dot.x + GAP : dot.x - GAP - dot.width;
  return { left, right: left + dot.width, top: dot.y - ABOVE, bottom: dot.y + BELOW };
}

/**
 * Which names go to the left of their dot so that two names do not overprint each other: each
 * name, in order, goes to the right unless that box meets a name already placed or another dot
 * while the left is clear. Names that collide on both sides stay on the right.
 */
export function namesOnTheLeft(dots: readonly NamedDot[]): Set<string> {
  const dotBoxes = dots.map((dot) => ({
    id: dot.id,
    box: {
      left: dot.x - DOT_RADIUS,
      right: dot.x + DOT_RADIUS,
      top: dot.y - DOT_RADIUS,
      bottom: dot.y + DOT_RADIUS,
    },
  }));
  const placed: Box[] = [];
  const left = new Set<string>();
  const clear = (box: Box, id: string) =>
    placed.every((other) => !overlaps(box, other)) &&
    dotBoxes.every((dot) => dot.id === id || !overlaps(box, dot.box));
  for (const dot of dots) {
    const right = nameBox(dot, 'right');
    if (clear(right, dot.id)) {
      placed.push(right);
      continue;
    }
    const onLeft = nameBox(dot, 'left');
    if (clear(onLeft, dot.id)) {
      left.add(dot.id);
      placed.push(onLeft);
    } else {
      placed.push(right);
    }
  }
  return left;
}
