import { overlaps, type Box } from './box-grid';
import type { MapLabel } from './map-labels';
import { labelAnchor, textBox, type LabelAnchor } from './screen-labels';

/** The name the overlay writes under a hovered person the map had no room to name. */
export interface HoverLabel {
  at: LabelAnchor;
  box: Box;
}

/**
 * Where a hovered person's name goes when the placer left it out: under the dot, as the placer's
 * first choice would have it. It is written on the overlay, above the map's own names.
 */
export function hoverLabel(
  dot: { x: number; y: number; radius: number },
  width: number,
  size: number,
): HoverLabel {
  const at = labelAnchor(dot, 'below', size);
  return { at, box: textBox(at, width, size) };
}

/**
 * The map's names that the hover label lands on: they are hidden while it shows, so that the
 * hovered name is read alone rather than printed over a neighbour's.
 */
export function namesUnder(
  box: Box,
  labels: readonly MapLabel[],
  widthOf: (id: string) => number,
  size: number,
): Set<string> {
  const under = new Set<string>();
  for (const label of labels)
    if (overlaps(box, textBox(label, widthOf(label.id) * size, size))) under.add(label.id);
  return under;
}
