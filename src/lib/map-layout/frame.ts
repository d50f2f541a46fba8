import type { Box } from './box-grid';
import type { Point } from './geometry';
import type { Viewport } from './viewport';

/**
 * The map's frame on screen: its size in CSS pixels and the SVG viewBox drawn in it. The drawing
 * keeps its proportions (SVG's default "xMidYMid meet"): it is scaled to fit and centred.
 */
export interface Frame {
  width: number;
  height: number;
  viewBox: { x: number; y: number; width: number; height: number };
}

/** Pixels per drawn unit, and the pixel where the drawn origin lands. */
export function frameScale(frame: Frame): { scale: number; x: number; y: number } {
  const { viewBox } = frame;
  const scale = Math.min(
    Math.max(frame.width, 1) / viewBox.width,
    Math.max(frame.height, 1) / viewBox.height,
  );
  return {
    scale,
    x: (frame.width - viewBox.width * scale) / 2 - viewBox.x * scale,
    y: (frame.height - viewBox.height * scale) / 2 - viewBox.y * scale,
  };
}

/** The drawn point under a pixel of the frame (from its top left corner). */
export function pixelToDrawn(frame: Frame, pixel: Point): Point {
  const { scale, x, y } = frameScale(frame);
  return { x: (pixel.x - x) / scale, y: (pixel.y - y) / scale };
}

/** The part of the map (in layout units) that the frame shows through `view`. */
export function visibleMapBox(frame: Frame, view: Viewport): Box {
  const { scale, x, y } = frameScale(frame);
  const toMap = (pixel: number, origin: number, shift: number) =>
    ((pixel - origin) / scale - shift) / view.k;
  return {
    left: toMap(0, x, view.x),
    right: toMap(frame.width, x, view.x),
    top: toMap(0, y, view.y),
    bottom: toMap(frame.height, y, view.y),
  };
}

/**
 * The CSS transform that makes the map drawn through `from` look as if drawn through `to`: during
 * a zoom or pan gesture the drawn layer is only moved and scaled by the compositor, and drawn
 * again once, through `to`, when the gesture comes to rest.
 * @example gestureTransform(frame, view, view) // 'translate(0px, 0px) scale(1)'
 */
export function gestureTransform(frame: Frame, from: Viewport, to: Viewport): string {
  const { scale, x, y } = frameScale(frame);
  const ratio = to.k / from.k;
  const tx = x * (1 - ratio) + (to.x - ratio * from.x) * scale;
  const ty = y * (1 - ratio) + (to.y - ratio * from.y) * scale;
  const round = (n: number) => Math.round(n * 100) / 100;
  return `translate(${round(tx)}px, ${round(ty)}px) scale(${Math.round(ratio * 1e4) / 1e4})`;
}
