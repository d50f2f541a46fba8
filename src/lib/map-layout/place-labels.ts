import { BoxGrid, contains, type Box } from './box-grid';

/** Where a name can go around its dot; the caller says which sides to try, in order. */
export type LabelSide = 'below' | 'above' | 'right' | 'left';

/** One place a name could take: its side and the box its text would cover. */
export interface LabelCandidate {
  side: LabelSide;
  box: Box;
}

/** A person whose name is to be written near their dot. */
export interface LabelRequest {
  id: string;
  /** The dot, which no other name may cover. */
  dot: Box;
  /** Where the name could go, best first. */
  candidates: readonly LabelCandidate[];
  /**
   * The name must be written (the selected or focused person's): when no place is clear of
   * other dots, it takes the first place on screen that still meets no other text, covering a
   * neighbour's dot rather than leaving the reader's own choice unnamed.
   */
  must?: boolean;
}

/** Options for `placeLabels`. */
export interface PlaceOptions {
  /** Names must lie wholly inside this box (the part of the map on screen). */
  bounds?: Box;
  /** Other text already on the map (ring names, say) that names must keep off. */
  obstacles?: readonly Box[];
  /**
   * Write every name even when none of its places is clear, on its first place (for print,
   * where a name missing from the paper cannot be revealed by zooming). Off by default: a name
   * that fits nowhere is left out and shown on hover, focus, selection or closer zoom.
   */
  keepAll?: boolean;
}

/** A name given a place. */
export interface PlacedLabel extends LabelCandidate {
  id: string;
}

/**
 * The one label placer of the screen map and the printed map: a greedy collision pass. Requests
 * come in priority order (the caller puts the selected, focused and inner-ring people first);
 * each name takes its first candidate place that stays inside `bounds` and meets no name already
 * placed, no other dot and no obstacle. Greedy placement in priority order is what map-labelling
 * tools do in practice (Christensen, Marks & Shieber 1995, "An empirical study of algorithms for
 * point-feature label placement"): it is fast, stable, and keeps the important names.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  options: PlaceOptions = {},
): PlacedLabel[] {
  const { bounds, obstacles = [], keepAll = false } = options;
  if (requests.length === 0) return [];
  let height = 0;
  for (const request of requests)
    for (const { box } of request.candidates) height = Math.max(height, box.bottom - box.top);
  // Cells about two lines tall; never vanishingly small, or a large obstacle would span millions.
  const grid = new BoxGrid(Math.max(height * 2, 1));
  // Text alone (names and obstacles), for names that must be written even over a dot.
  const text = new BoxGrid(Math.max(height * 2, 1));
  for (const request of requests) grid.add(request.dot, request.id);
  for (const obstacle of obstacles) {
    grid.add(obstacle);
    text.add(obstacle);
  }

  const inside = (box: Box) => bounds === undefined || contains(bounds, box);
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const clear =
      request.candidates.find(({ box }) => inside(box) && !grid.hits(box, request.id)) ??
      (request.must
        ? request.candidates.find(({ box }) => inside(box) && !text.hits(box))
        : undefined);
    const chosen = clear ?? (keepAll ? request.candidates[0] : undefined);
    if (chosen === undefined) continue;
    grid.add(chosen.box);
    text.add(chosen.box);
    placed.push({ id: request.id, ...chosen });
  }
  return placed;
}
