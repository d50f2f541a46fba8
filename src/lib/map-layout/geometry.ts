/** A point on the map, in the same units as the size given to `layoutMap` (CSS pixels). */
export interface Point {
  x: number;
  y: number;
}

const TURN = 2 * Math.PI;

/**
 * The point at `radius` and `angle` from `centre`. Angles are radians measured clockwise from
 * 12 o'clock, as a reader reads a clock face; y grows downwards as on screen.
 */
export function fromPolar(centre: Point, radius: number, angle: number): Point {
  return { x: centre.x + radius * Math.sin(angle), y: centre.y - radius * Math.cos(angle) };
}

/** The radius and the angle (in [0, 2π), clockwise from 12 o'clock) of a point seen from `centre`. */
export function toPolar(centre: Point, point: Point): { radius: number; angle: number } {
  const dx = point.x - centre.x;
  const dy = point.y - centre.y;
  const angle = Math.atan2(dx, -dy);
  return { radius: Math.hypot(dx, dy), angle: angle < 0 ? angle + TURN : angle };
}

/**
 * A 32-bit FNV-1a hash of a string. Placing people by a hash of their id, not their rank, keeps
 * everyone where they were when someone else joins the map.
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
