import type { Point } from './geometry';

/**
 * The distance between the two closest points (Infinity for fewer than two), found by filing the
 * points in a grid of square cells about as wide as the average spacing and comparing each point
 * with those of its own and the eight neighbouring cells. A closer pair than a cell's width is
 * always found; a farther one may be missed, in which case the cell's width is a lower bound.
 */
export function closestDistance(points: readonly Point[], area: number): number {
  if (points.length < 2) return Infinity;
  const cell = Math.max(Math.sqrt(area / points.length), 1e-9);
  const grid = new Map<string, Point[]>();
  for (const point of points) {
    const key = `${Math.floor(point.x / cell)},${Math.floor(point.y / cell)}`;
    const list = grid.get(key);
    if (list === undefined) grid.set(key, [point]);
    else list.push(point);
  }
  let best = Infinity;
  for (const point of points) {
    const cx = Math.floor(point.x / cell);
    const cy = Math.floor(point.y / cell);
    for (let dx = -1; dx <= 1; dx += 1)
      for (let dy = -1; dy <= 1; dy += 1)
        for (const other of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (other === point) continue;
          best = Math.min(best, Math.hypot(other.x - point.x, other.y - point.y));
        }
  }
  return Math.min(best, cell);
}
