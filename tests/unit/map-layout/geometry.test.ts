import { describe, expect, it } from 'vitest';
import { fromPolar, hashString, toPolar } from '../../../src/lib/map-layout/geometry';

const centre = { x: 100, y: 100 };

describe('fromPolar', () => {
  it('puts angle 0 at 12 o’clock and turns clockwise on screen', () => {
    const up = fromPolar(centre, 10, 0);
    const right = fromPolar(centre, 10, Math.PI / 2);
    expect(up.x).toBeCloseTo(100, 12);
    expect(up.y).toBeCloseTo(90, 12);
    expect(right.x).toBeCloseTo(110, 12);
    expect(right.y).toBeCloseTo(100, 12);
  });
});

describe('toPolar', () => {
  it('undoes fromPolar, with angles in [0, 2π)', () => {
    for (const angle of [0, 1, Math.PI, 4, 6]) {
      const polar = toPolar(centre, fromPolar(centre, 25, angle));
      expect(polar.radius).toBeCloseTo(25, 9);
      expect(polar.angle).toBeCloseTo(angle, 9);
    }
  });

  it('reads 9 o’clock as 3π/2, not a negative angle', () => {
    expect(toPolar(centre, { x: 90, y: 100 }).angle).toBeCloseTo((3 * Math.PI) / 2, 12);
  });
});

describe('hashString', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    // Test vectors from the FNV reference (Fowler, Noll, Vo): '' → 0x811c9dc5,
    // 'a' → 0xe40c292c, 'foobar' → 0xbf9cf968.
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });
});
