import { fromPolar, type Point } from '../../lib/map-layout/geometry';

const TURN = 2 * Math.PI;

function at(centre: Point, radius: number, angle: number): string {
  const point = fromPolar(centre, radius, angle);
  return `${point.x.toFixed(2)} ${point.y.toFixed(2)}`;
}

/**
 * The SVG path of a ring band between `inner` and `outer` radii from `start` to `end` (radians
 * clockwise from 12 o'clock, as the map layout gives them). A whole turn is drawn as two half
 * arcs, since one arc cannot end where it starts.
 */
export function wedgePath(
  centre: Point,
  inner: number,
  outer: number,
  start: number,
  end: number,
): string {
  if (end - start >= TURN - 1e-9) {
    const half = start + Math.PI;
    return [
      `M${at(centre, outer, start)}A${outer} ${outer} 0 1 1 ${at(centre, outer, half)}`,
      `A${outer} ${outer} 0 1 1 ${at(centre, outer, start)}Z`,
      `M${at(centre, inner, start)}A${inner} ${inner} 0 1 0 ${at(centre, inner, half)}`,
      `A${inner} ${inner} 0 1 0 ${at(centre, inner, start)}Z`,
    ].join('');
  }
  const large = end - start > Math.PI ? 1 : 0;
  return [
    `M${at(centre, inner, start)}L${at(centre, outer, start)}`,
    `A${outer} ${outer} 0 ${large} 1 ${at(centre, outer, end)}`,
    `L${at(centre, inner, end)}`,
    `A${inner} ${inner} 0 ${large} 0 ${at(centre, inner, start)}Z`,
  ].join('');
}
