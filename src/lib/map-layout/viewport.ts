import type { Point } from './geometry';

/**
 * How the map is panned and zoomed: a map point p is drawn at `p * k + (x, y)`, in the same
 * units as the laid-out map.
 */
export interface Viewport {
  x: number;
  y: number;
  k: number;
}

/** The zoom range: from half size (the whole map with room around it) to eight times. */
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 8;

/** The map as laid out: no pan, no zoom. */
export const IDENTITY: Viewport = { x: 0, y: 0, k: 1 };

/** The viewport moved by (dx, dy) drawn units. */
export function panBy(view: Viewport, dx: number, dy: number): Viewport {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/**
 * The viewport zoomed by `factor` around `anchor` (a drawn point, such as the pointer), which
 * stays where it is on screen; the zoom is kept within `MIN_ZOOM`..`MAX_ZOOM`.
 * @example zoomAt(IDENTITY, 2, { x: 100, y: 100 }) // { x: -100, y: -100, k: 2 }
 */
export function zoomAt(view: Viewport, factor: number, anchor: Point): Viewport {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
  const applied = k / view.k;
  return {
    k,
    x: anchor.x - (anchor.x - view.x) * applied,
    y: anchor.y - (anchor.y - view.y) * applied,
  };
}

/** The map point under a drawn point: the inverse of the viewport. */
export function toMapPoint(view: Viewport, drawn: Point): Point {
  return { x: (drawn.x - view.x) / view.k, y: (drawn.y - view.y) / view.k };
}

/** The SVG `transform` attribute that draws the map through the viewport. */
export function viewportTransform(view: Viewport): string {
  const round = (n: number) => Math.round(n * 100) / 100;
  return `translate(${round(view.x)} ${round(view.y)}) scale(${round(view.k * 1000) / 1000})`;
}

/**
 * The view during a two-finger pinch that started at `start` with the fingers at `from` and now
 * at `to` (drawn points): the map point between the fingers stays between them, and the map
 * grows as much as the distance between them did.
 */
export function pinchTo(
  start: Viewport,
  from: readonly [Point, Point],
  to: readonly [Point, Point],
): Viewport {
  const distance = ([a, b]: readonly [Point, Point]) =>
    Math.max(Math.hypot(a.x - b.x, a.y - b.y), 1);
  const middle = ([a, b]: readonly [Point, Point]) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  const before = middle(from);
  const after = middle(to);
  const zoomed = zoomAt(start, distance(to) / distance(from), before);
  return panBy(zoomed, after.x - before.x, after.y - before.y);
}
