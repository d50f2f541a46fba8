import { describe, expect, it } from 'vitest';
import { assignSlots, slotGrid } from '../../../src/lib/map-layout/cell-slots';
import { closestDistance } from '../../../src/lib/map-layout/spacing';

describe('slotGrid', () => {
  it('has exactly as many slots as asked, all inside the cell', () => {
    for (const capacity of [4, 8, 32, 256, 2048]) {
      const slots = slotGrid(capacity, { inner: 100, outer: 200, span: 1 });
      expect(slots).toHaveLength(capacity);
      for (const { along, across } of slots) {
        expect(along).toBeGreaterThan(0);
        expect(along).toBeLessThan(1);
        expect(across).toBeGreaterThan(0);
        expect(across).toBeLessThan(1);
      }
    }
  });

  it('lays a long thin cell out as one row and a deep one as several', () => {
    const thin = slotGrid(16, { inner: 400, outer: 440, span: Math.PI });
    expect(new Set(thin.map((slot) => slot.across)).size).toBe(1);
    const deep = slotGrid(16, { inner: 100, outer: 300, span: 0.5 });
    expect(new Set(deep.map((slot) => slot.across)).size).toBeGreaterThan(2);
  });

  it('keeps its grid when the sector widens a little', () => {
    const shape = { inner: 200, outer: 300, span: 1 };
    expect(slotGrid(64, { ...shape, span: 1.05 })).toEqual(slotGrid(64, shape));
  });
});

describe('assignSlots', () => {
  it('gives every id its own slot, the same each time whatever the order', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `person-${i}`);
    const { slots, capacity } = assignSlots(ids);
    expect(new Set(slots.values()).size).toBe(50);
    expect(capacity).toBeGreaterThanOrEqual(50);
    expect(assignSlots([...ids].reverse()).slots).toEqual(slots);
  });
});

describe('closestDistance', () => {
  it('finds the closest pair among scattered points', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 103, y: 4 },
      { x: 50, y: 80 },
    ];
    expect(closestDistance(points, 10_000)).toBe(5);
    expect(closestDistance([{ x: 1, y: 1 }], 100)).toBe(Infinity);
  });
});
