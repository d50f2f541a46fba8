import { describe, expect, it } from 'vitest';
import {
  frameScale,
  gestureTransform,
  pixelToDrawn,
  visibleMapBox,
  type Frame,
} from '../../../src/lib/map-layout/frame';
import { IDENTITY, zoomAt } from '../../../src/lib/map-layout/viewport';

/** A wide frame showing a square drawing: the drawing is centred with room at the sides. */
const frame: Frame = {
  width: 800,
  height: 400,
  viewBox: { x: -100, y: -100, width: 1200, height: 1200 },
};

/** Where a CSS transform `translate(tx, ty) scale(r)` with origin 0 0 sends a pixel. */
function apply(transform: string, pixel: { x: number; y: number }) {
  const [, tx, ty, r] = /translate\((.+)px, (.+)px\) scale\((.+)\)/.exec(transform) ?? [];
  return { x: Number(r) * pixel.x + Number(tx), y: Number(r) * pixel.y + Number(ty) };
}

describe('the map frame', () => {
  it('fits the drawing in and centres it', () => {
    const { scale, x, y } = frameScale(frame);
    expect(scale).toBeCloseTo(1 / 3, 9);
    expect(x).toBeCloseTo(200 + 100 / 3, 9);
    expect(y).toBeCloseTo(100 / 3, 9);
    const middle = pixelToDrawn(frame, { x: 400, y: 200 });
    expect(middle.x).toBeCloseTo(500, 9);
    expect(middle.y).toBeCloseTo(500, 9);
  });

  it('shows more of the map when zoomed out and less when zoomed in', () => {
    const whole = visibleMapBox(frame, IDENTITY);
    expect(whole.top).toBeCloseTo(-100, 9);
    expect(whole.bottom).toBeCloseTo(1100, 9);
    expect(whole.left).toBeCloseTo(-700, 9);
    const closer = visibleMapBox(frame, zoomAt(IDENTITY, 2, { x: 500, y: 500 }));
    expect(closer.bottom - closer.top).toBeCloseTo(600, 9);
    expect((closer.top + closer.bottom) / 2).toBeCloseTo(500, 9);
  });

  it('moves the drawn layer during a gesture exactly where the new view will draw it', () => {
    const from = zoomAt(IDENTITY, 1.5, { x: 300, y: 700 });
    const to = zoomAt(from, 2.5, { x: 620, y: 410 });
    const transform = gestureTransform(frame, from, to);
    const { scale, x, y } = frameScale(frame);
    // A map point drawn at pixel p through `from` must land where `to` would draw it.
    for (const point of [
      { x: 0, y: 0 },
      { x: 500, y: 500 },
      { x: 930, y: 120 },
    ]) {
      const before = {
        x: x + (point.x * from.k + from.x) * scale,
        y: y + (point.y * from.k + from.y) * scale,
      };
      const after = {
        x: x + (point.x * to.k + to.x) * scale,
        y: y + (point.y * to.k + to.y) * scale,
      };
      const moved = apply(transform, before);
      expect(moved.x).toBeCloseTo(after.x, 0);
      expect(moved.y).toBeCloseTo(after.y, 0);
    }
    expect(gestureTransform(frame, from, from)).toBe('translate(0px, 0px) scale(1)');
  });
});
