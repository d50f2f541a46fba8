import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestDistance } from '../../../src/lib/map-layout/spacing';

/** Every pair compared: the closest distance, slowly and surely. */
function bruteForce(points: readonly { x: number; y: number }[]): number {
  let best = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      best = Math.min(best, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  return best;
}

describe('closestDistance on the grid', () => {
  it('finds the closest pair whenever it is closer than a cell, else reports the cell width', () => {
    const point = fc.record({
      x: fc.double({ min: 0, max: 1000, noNaN: true }),
      y: fc.double({ min: 0, max: 1000, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 2, maxLength: 120 }),
        fc.integer({ min: 1, max: 10 ** 6 }),
        (points, area) => {
          const cell = Math.sqrt(area / points.length);
          expect(closestDistance(points, area)).toBeCloseTo(Math.min(bruteForce(points), cell), 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports 0 for two people drawn on the same spot', () => {
    expect(
      closestDistance(
        [
          { x: 3, y: 4 },
          { x: 3, y: 4 },
          { x: 90, y: 9 },
        ],
        10_000,
      ),
    ).toBe(0);
  });
});
