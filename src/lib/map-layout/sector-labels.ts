import type { Box } from './box-grid';
import { fromPolar } from './geometry';
import type { MapLayout } from './layout-map';
import type { Ring } from '../network/person';

/** Roughly how wide a character of the labels is, as a share of the text size. */
const CHAR = 0.56;
const LINE = 1.15;

/** A context's name written outside the rings, at its sector's middle. */
export interface SectorLabel {
  context: string | null;
  lines: string[];
  /** The first line's anchor point (baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** False when the name would run into the next sector's: the legend names it instead. */
  fits: boolean;
  /** The area its text covers, which people's names keep off. */
  box: Box;
}

/** Splits a long context name over two lines at the space nearest its middle. */
export function splitLabel(label: string): string[] {
  if (label.length <= 14) return [label];
  const middle = label.length / 2;
  let cut = -1;
  for (let i = label.indexOf(' '); i >= 0; i = label.indexOf(' ', i + 1)) {
    if (cut < 0 || Math.abs(i - middle) < Math.abs(cut - middle)) cut = i;
  }
  return cut < 0 ? [label] : [label.slice(0, cut), label.slice(cut + 1)];
}

/**
 * Where each context's name goes around the rings, for text of `size` layout units: at the sides
 * it runs outwards from the rim, above and below it is centred on its sector.
 */
export function sectorLabels(
  layout: Pick<MapLayout, 'centre' | 'rings' | 'sectors'>,
  size: number,
  labelOf: (context: string | null) => string,
): SectorLabel[] {
  const outer = layout.rings.at(-1)?.outer ?? 0;
  return layout.sectors.map((sector) => {
    const middle = (sector.startAngle + sector.endAngle) / 2;
    const lines = splitLabel(labelOf(sector.context));
    const radius = outer + size * 0.9;
    const arc = (sector.endAngle - sector.startAngle) * radius;
    const point = fromPolar(layout.centre, radius, middle);
    const sideways = Math.abs(Math.sin(middle)) >= 0.35;
    const widest = Math.max(...lines.map((line) => line.length)) * size * CHAR;
    const tall = lines.length * size * 1.2;
    // Above the centre the block of lines ends at the rim; below it, it starts there.
    const below = Math.cos(middle) < 0;
    const shift = below ? size * 0.8 : -(lines.length - 1) * size * LINE;
    const y = point.y + (sideways ? shift / 2 + size * 0.35 : shift);
    const anchor = sideways ? (Math.sin(middle) > 0 ? 'start' : 'end') : 'middle';
    const left =
      anchor === 'start' ? point.x : anchor === 'end' ? point.x - widest : point.x - widest / 2;
    return {
      context: sector.context,
      lines,
      x: point.x,
      y,
      anchor,
      fits: (sideways ? tall : widest) <= arc,
      box: {
        left,
        right: left + widest,
        top: y - size,
        bottom: y + (lines.length - 1) * size * LINE + size * 0.3,
      },
    };
  });
}

/** The areas the rings' names cover (written small, at the top of each ring), for names to avoid. */
export function ringLabelBoxes(
  layout: Pick<MapLayout, 'centre' | 'rings'>,
  size: number,
  labelOf: (ring: Ring) => string,
): Box[] {
  const small = size * 0.8;
  return layout.rings.map((band) => {
    const half = (labelOf(band.ring).length * small * CHAR) / 2;
    const baseline = layout.centre.y - band.radius + small * 0.35;
    return {
      left: layout.centre.x - half,
      right: layout.centre.x + half,
      top: baseline - small,
      bottom: baseline + small * 0.3,
    };
  });
}
