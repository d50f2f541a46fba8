import { describe, expect, it } from 'vitest';
import { overlaps } from '../../../src/lib/map-layout/box-grid';
import { layoutMap } from '../../../src/lib/map-layout/layout-map';
import {
  ringLabelBoxes,
  sectorLabels,
  splitLabel,
} from '../../../src/lib/map-layout/sector-labels';
import { BUILTIN_CONTEXTS } from '../../../src/lib/network/person';
import { largeNetwork } from '../metrics/large-network';

describe('sector labels', () => {
  it('splits a long context name at the space nearest its middle', () => {
    expect(splitLabel('Professional association')).toEqual(['Professional', 'association']);
    expect(splitLabel('Family')).toEqual(['Family']);
  });

  it('writes each context name outside the rings, runs sideways names outwards, and no two meet', () => {
    const layout = layoutMap(largeNetwork(200, 0), { width: 1000, height: 1000 });
    const labels = sectorLabels(layout, 16, (context) => context ?? 'Unsorted');
    expect(labels.map((label) => label.context)).toEqual(layout.sectors.map((s) => s.context));
    const outer = layout.rings.at(-1)!.outer;
    const fitting = labels.filter((label) => label.fits);
    for (const [i, label] of fitting.entries()) {
      const distance = Math.hypot(label.x - 500, label.y - 500);
      expect(distance).toBeGreaterThan(outer);
      if (label.x > 700) expect(label.anchor).toBe('start');
      if (label.x < 300) expect(label.anchor).toBe('end');
      for (const other of fitting.slice(i + 1)) expect(overlaps(label.box, other.box)).toBe(false);
    }
    expect(fitting.length).toBeGreaterThanOrEqual(BUILTIN_CONTEXTS.length - 2);
  });

  it('gives each ring name a box at the top of its ring', () => {
    const layout = layoutMap(largeNetwork(10, 0), { width: 1000, height: 1000 });
    const boxes = ringLabelBoxes(layout, 16, (ring) => ring);
    for (const [i, band] of layout.rings.entries()) {
      const box = boxes[i]!;
      expect(box.top).toBeLessThan(500 - band.radius);
      expect(box.bottom).toBeGreaterThan(500 - band.radius);
      expect((box.left + box.right) / 2).toBeCloseTo(500, 9);
    }
  });
});
