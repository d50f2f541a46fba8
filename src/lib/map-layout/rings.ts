import { RINGS, type Ring } from '../network/person';

/** One closeness ring drawn as a band between two radii around the reader. */
export interface RingBand {
  ring: Ring;
  inner: number;
  outer: number;
  /** The middle of the band, where the ring's circle is drawn. */
  radius: number;
}

/** The share of the map's radius kept for the reader at the centre. */
export const CENTRE_SHARE = 0.14;

/**
 * Concentric bands of equal width for the rings, inner innermost, between the reader's disc
 * (`CENTRE_SHARE` of the radius) and `outerRadius`. Outer bands are longer, so they hold the
 * larger outer layers (Dunbar's 5 / 15 / 50 / 150) without being wider.
 */
export function ringBands(outerRadius: number): { centreRadius: number; rings: RingBand[] } {
  const centreRadius = outerRadius * CENTRE_SHARE;
  const width = (outerRadius - centreRadius) / RINGS.length;
  const rings = RINGS.map((ring, i) => {
    const inner = centreRadius + i * width;
    return { ring, inner, outer: inner + width, radius: inner + width / 2 };
  });
  return { centreRadius, rings };
}
