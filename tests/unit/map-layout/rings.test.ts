import { describe, expect, it } from 'vitest';
import { ringBands } from '../../../src/lib/map-layout/rings';

describe('ringBands', () => {
  it('keeps 14 % for the reader and splits the rest into four equal bands, inner first', () => {
    // 100 × 0.14 = 14; (100 − 14) / 4 = 21.5 per band.
    const { centreRadius, rings } = ringBands(100);
    expect(centreRadius).toBeCloseTo(14, 12);
    expect(rings.map((band) => band.ring)).toEqual(['inner', 'close', 'wider', 'acquaintance']);
    const expected = [
      [14, 35.5, 24.75],
      [35.5, 57, 46.25],
      [57, 78.5, 67.75],
      [78.5, 100, 89.25],
    ];
    rings.forEach((band, i) => {
      const [inner, outer, radius] = expected[i] ?? [];
      expect(band.inner).toBeCloseTo(inner ?? NaN, 12);
      expect(band.outer).toBeCloseTo(outer ?? NaN, 12);
      expect(band.radius).toBeCloseTo(radius ?? NaN, 12);
    });
  });
});
