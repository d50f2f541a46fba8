import { describe, expect, it } from 'vitest';
import {
  IDENTITY,
  MAX_ZOOM,
  MIN_ZOOM,
  panBy,
  pinchTo,
  toMapPoint,
  viewportTransform,
  zoomAt,
} from '../../../src/lib/map-layout/viewport';

describe('panBy', () => {
  it('moves the view by the given amount and keeps the zoom', () => {
    expect(panBy({ x: 10, y: -5, k: 2 }, 30, 40)).toEqual({ x: 40, y: 35, k: 2 });
  });
});

describe('zoomAt', () => {
  it('keeps the anchor point where it is on screen', () => {
    const view = zoomAt(IDENTITY, 2, { x: 100, y: 100 });
    // (100 - 0) * 2 + x = 100 → x = -100.
    expect(view).toEqual({ x: -100, y: -100, k: 2 });
    expect(toMapPoint(view, { x: 100, y: 100 })).toEqual({ x: 100, y: 100 });
  });

  it('stays within MIN_ZOOM and MAX_ZOOM', () => {
    expect(zoomAt(IDENTITY, 100, { x: 0, y: 0 }).k).toBe(MAX_ZOOM);
    expect(zoomAt(IDENTITY, 0.001, { x: 0, y: 0 }).k).toBe(MIN_ZOOM);
  });

  it('changes nothing when already at the limit', () => {
    const top = { x: -700, y: -700, k: MAX_ZOOM };
    expect(zoomAt(top, 2, { x: 500, y: 500 })).toEqual(top);
  });
});

describe('toMapPoint', () => {
  it('undoes the pan and zoom', () => {
    // Drawn = map * 4 + (20, 40): drawn (100, 100) is map (20, 15).
    expect(toMapPoint({ x: 20, y: 40, k: 4 }, { x: 100, y: 100 })).toEqual({ x: 20, y: 15 });
  });
});

describe('viewportTransform', () => {
  it('writes an SVG transform with rounded numbers', () => {
    expect(viewportTransform({ x: 1.23456, y: -2, k: 1.5 })).toBe('translate(1.23 -2) scale(1.5)');
    expect(viewportTransform(IDENTITY)).toBe('translate(0 0) scale(1)');
  });
});

describe('pinchTo', () => {
  it('keeps the map point between the fingers between them as they spread and move', () => {
    const start = { x: 10, y: -20, k: 1.2 };
    const from = [
      { x: 400, y: 400 },
      { x: 500, y: 400 },
    ] as const;
    const to = [
      { x: 320, y: 450 },
      { x: 520, y: 450 },
    ] as const;
    const view = pinchTo(start, from, to);
    expect(view.k).toBeCloseTo(2.4, 9);
    const under = toMapPoint(start, { x: 450, y: 400 });
    const now = toMapPoint(view, { x: 420, y: 450 });
    expect(now.x).toBeCloseTo(under.x, 9);
    expect(now.y).toBeCloseTo(under.y, 9);
  });

  it('stays within the zoom range however far the fingers spread', () => {
    const view = pinchTo(
      IDENTITY,
      [
        { x: 0, y: 0 },
        { x: 1, y: 0 },
      ],
      [
        { x: 0, y: 0 },
        { x: 900, y: 0 },
      ],
    );
    expect(view.k).toBe(MAX_ZOOM);
  });
});
