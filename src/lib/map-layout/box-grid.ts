/** An axis-aligned rectangle in map units; y grows downwards. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.left >= outer.left &&
    inner.right <= outer.right &&
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom
  );
}

/**
 * Boxes filed by the square cells of a uniform grid they touch, so that asking "does this box meet
 * any already placed?" looks at a few neighbours rather than every box: placing 1,000 names is then
 * a few thousand comparisons, not half a million. Each box carries an owner id, which a query can
 * ignore (a name never collides with its own dot).
 */
export class BoxGrid {
  private readonly cells = new Map<number, { box: Box; owner: string | undefined }[]>();

  constructor(private readonly cellSize: number) {}

  private *keys(box: Box): Generator<number> {
    const size = this.cellSize;
    const x0 = Math.floor(box.left / size);
    const x1 = Math.floor(box.right / size);
    const y0 = Math.floor(box.top / size);
    const y1 = Math.floor(box.bottom / size);
    // Cells are numbered on a 2^20-wide lattice: ample for any map, and one number per cell.
    for (let x = x0; x <= x1; x += 1)
      for (let y = y0; y <= y1; y += 1) yield (x + 524_288) * 1_048_576 + (y + 524_288);
  }

  add(box: Box, owner?: string): void {
    const entry = { box, owner };
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell === undefined) this.cells.set(key, [entry]);
      else cell.push(entry);
    }
  }

  /** Whether `box` meets a filed box other than those owned by `ignore`. */
  hits(box: Box, ignore?: string): boolean {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell === undefined) continue;
      for (const entry of cell) {
        if (ignore !== undefined && entry.owner === ignore) continue;
        if (overlaps(box, entry.box)) return true;
      }
    }
    return false;
  }
}
