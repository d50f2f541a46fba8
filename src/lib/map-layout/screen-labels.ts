import type { Box } from './box-grid';
import type { LabelCandidate, LabelSide } from './place-labels';

/*
 * A line of text of font size s reaches about 0.93 s above its baseline and 0.24 s below in the
 * sans-serif faces we draw with; Vietnamese stacked marks (Ễ, Ẫ) need the full ascent. The halo
 * drawn round each name (0.3 em of stroke) and a little air make the rest.
 */
const ASCENT = 1.0;
const DESCENT = 0.3;
const AIR = 0.08;
/** Space between a dot's edge and its name, in font sizes. */
const GAP = 0.2;

/** Where a name's text is drawn: its anchor point (baseline) and how the text hangs from it. */
export interface LabelAnchor {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** The sides tried on screen: under the dot reads most naturally, then above, right, left. */
export const SCREEN_SIDES: readonly LabelSide[] = ['below', 'above', 'right', 'left'];

/**
 * The anchor of a name of `width` beside a dot of `radius` at (x, y), for text of `size`: below and
 * above are centred on the dot, right and left start or end just clear of it and sit on its middle.
 */
export function labelAnchor(
  dot: { x: number; y: number; radius: number },
  side: LabelSide,
  size: number,
): LabelAnchor {
  const { x, y, radius } = dot;
  const gap = radius + GAP * size;
  if (side === 'below') return { x, y: y + gap + ASCENT * size, anchor: 'middle' };
  if (side === 'above') return { x, y: y - gap - DESCENT * size, anchor: 'middle' };
  const baseline = y + ((ASCENT - DESCENT) / 2) * size;
  return side === 'right'
    ? { x: x + gap, y: baseline, anchor: 'start' }
    : { x: x - gap, y: baseline, anchor: 'end' };
}

/** The box a name's text covers (with its halo) when drawn at `at`. */
export function textBox(at: LabelAnchor, width: number, size: number): Box {
  const left = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - width : at.x - width / 2;
  return {
    left: left - AIR * size,
    right: left + width + AIR * size,
    top: at.y - ASCENT * size,
    bottom: at.y + DESCENT * size,
  };
}

/** The screen map's candidate places for one name, best first. */
export function screenCandidates(
  dot: { x: number; y: number; radius: number },
  width: number,
  size: number,
  sides: readonly LabelSide[] = SCREEN_SIDES,
): LabelCandidate[] {
  return sides.map((side) => ({ side, box: textBox(labelAnchor(dot, side, size), width, size) }));
}

/** The square a dot of `radius` covers. */
export function dotBox(dot: { x: number; y: number }, radius: number): Box {
  return {
    left: dot.x - radius,
    right: dot.x + radius,
    top: dot.y - radius,
    bottom: dot.y + radius,
  };
}
