import type { Ring } from '../network/person';
import { toPolar } from './geometry';
import type { MapLayout } from './layout-map';

/** The ring and context sector under a point; `context` null is the unsorted sector. */
export interface HitCell {
  ring: Ring;
  context: string | null;
}

/**
 * The cell under a point of a laid-out map, for drag and drop: the inverse of `layoutMap`.
 * Null on the reader's disc at the centre and outside the outermost ring.
 * @example hitCell(layout, x, y) // { ring: 'close', context: 'school' }
 */
export function hitCell(
  layout: Pick<MapLayout, 'centre' | 'centreRadius' | 'rings' | 'sectors'>,
  x: number,
  y: number,
): HitCell | null {
  const { radius, angle } = toPolar(layout.centre, { x, y });
  if (radius < layout.centreRadius) return null;
  const band = layout.rings.find((ring, i) =>
    i === layout.rings.length - 1 ? radius <= ring.outer : radius < ring.outer,
  );
  const sector = layout.sectors.find((s) => angle >= s.startAngle && angle < s.endAngle);
  if (band === undefined || sector === undefined) return null;
  return { ring: band.ring, context: sector.context };
}
