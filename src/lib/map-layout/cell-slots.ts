import { hashString } from './geometry';

/** A slot's place in its cell, as fractions of the cell's angle (`along`) and depth (`across`). */
export interface Slot {
  along: number;
  across: number;
}

/** The band a cell spans: its inner and outer radii (the angle does not change the grid). */
export interface CellShape {
  inner: number;
  outer: number;
  /** The cell's angle, in radians. */
  span: number;
}

function nextPowerOfTwo(n: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(n, 1)));
}

/**
 * The slots of a cell laid out as staggered rows (a brick pattern), rows across the band's depth
 * and more slots in the longer outer rows, so that neighbours are about as far apart along the
 * arc as across it. The row count depends on the capacity and the cell's shape rounded to a power
 * of two, so a cell keeps its grid while its sector grows or shrinks a little.
 */
export function slotGrid(capacity: number, shape: CellShape): Slot[] {
  const depth = Math.max(shape.outer - shape.inner, 1e-9);
  const middle = (shape.inner + shape.outer) / 2;
  const aspect = 2 ** Math.round(Math.log2(Math.max((shape.span * middle) / depth, 1e-9)));
  const rows = Math.max(1, Math.min(capacity, Math.round(Math.sqrt(capacity / aspect))));
  const radii = Array.from({ length: rows }, (_, i) => shape.inner + ((i + 0.5) / rows) * depth);
  const total = radii.reduce((sum, r) => sum + r, 0);
  const counts = radii.map((r) => Math.max(1, Math.floor((capacity * r) / total)));
  // Rounding down leaves a few slots over: the outer rows, which have the most room, take them.
  for (let i = rows - 1, left = capacity - counts.reduce((a, b) => a + b, 0); left > 0; left -= 1) {
    counts[i] = (counts[i] ?? 0) + 1;
    i = i === 0 ? rows - 1 : i - 1;
  }
  const slots: Slot[] = [];
  counts.forEach((count, row) => {
    const stagger = row % 2 === 0 ? 0.25 : 0.75;
    for (let column = 0; column < count; column += 1)
      slots.push({ along: (column + stagger) / count, across: (row + 0.5) / rows });
  });
  return slots;
}

/**
 * Which slot each id of one cell takes. Each id goes to the slot its hash names (or the next free
 * one), and the number of slots only doubles as the cell fills, so people stay put when someone
 * joins another cell, and mostly stay put when someone joins theirs.
 */
export function assignSlots(ids: readonly string[]): {
  slots: Map<string, number>;
  capacity: number;
} {
  const capacity = Math.max(4, nextPowerOfTwo(Math.ceil(ids.length * 1.25)));
  const taken = new Set<number>();
  const slots = new Map<string, number>();
  for (const id of [...ids].sort()) {
    let slot = hashString(id) % capacity;
    while (taken.has(slot)) slot = (slot + 1) % capacity;
    taken.add(slot);
    slots.set(id, slot);
  }
  return { slots, capacity };
}
