import { describe, expect, it } from 'vitest';
import { overlaps } from '../../../src/lib/map-layout/box-grid';
import { hoverLabel, namesUnder } from '../../../src/lib/map-layout/hover-label';
import type { MapLabel } from '../../../src/lib/map-layout/map-labels';
import { textBox } from '../../../src/lib/map-layout/screen-labels';

const size = 10;
const widthOf = (id: string) => id.length * 0.6;

describe('the name written under a hovered person', () => {
  it('goes under the dot, centred, clear of the dot itself', () => {
    const { at, box } = hoverLabel({ x: 100, y: 100, radius: 4 }, 60, size);
    expect(at.anchor).toBe('middle');
    expect(at.x).toBe(100);
    expect(box.top).toBeGreaterThanOrEqual(104);
    expect(box.left).toBeLessThan(70);
    expect(box.right).toBeGreaterThan(130);
  });

  it('hides exactly the map names it lands on', () => {
    const { box } = hoverLabel({ x: 100, y: 100, radius: 4 }, 60, size);
    const labels: MapLabel[] = [
      // "Lê Hải", ending just left of the hovered dot, on the hover label's line.
      { id: 'Lê Hải', x: 96, y: box.bottom - 3, anchor: 'end' },
      // A name far above, and one to the right beyond the hover label's end.
      { id: 'Trần Hải Lan', x: 100, y: 60, anchor: 'middle' },
      { id: 'Phạm Đức Hà', x: 140, y: box.bottom - 3, anchor: 'start' },
    ];
    const under = namesUnder(box, labels, widthOf, size);
    expect([...under]).toEqual(['Lê Hải']);
    for (const label of labels.filter((l) => !under.has(l.id)))
      expect(overlaps(box, textBox(label, widthOf(label.id) * size, size))).toBe(false);
  });

  it('hides nothing on an empty map', () => {
    const { box } = hoverLabel({ x: 0, y: 0, radius: 2 }, 30, size);
    expect(namesUnder(box, [], widthOf, size).size).toBe(0);
  });
});
