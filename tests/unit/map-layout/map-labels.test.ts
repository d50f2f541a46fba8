import { describe, expect, it } from 'vitest';
import { overlaps, type Box } from '../../../src/lib/map-layout/box-grid';
import { layoutMap } from '../../../src/lib/map-layout/layout-map';
import { mapLabels } from '../../../src/lib/map-layout/map-labels';
import { textBox } from '../../../src/lib/map-layout/screen-labels';
import { largeNetwork } from '../metrics/large-network';

const whole: Box = { left: -50, right: 1050, top: -50, bottom: 1050 };
const network = largeNetwork(400, 0);
const layout = layoutMap(network, { width: 1000, height: 1000 });
/** Names of 12 to 20 characters at about 0.55 em each. */
const widthOf = (id: string) => 6.6 + (id.length % 5) * 1.1;

function label(size: number, bounds = whole, first: string[] = []) {
  return mapLabels({ nodes: layout.nodes, widthOf, size, radius: size * 0.3, bounds, first });
}

function boxes(labels: ReturnType<typeof label>, size: number) {
  return labels.map((l) => textBox(l, widthOf(l.id) * size, size));
}

describe('mapLabels', () => {
  it('writes no two names over each other and none off the map', () => {
    const size = 14;
    const placed = boxes(label(size), size);
    expect(placed.length).toBeGreaterThan(20);
    for (const [i, box] of placed.entries()) {
      expect(box.left).toBeGreaterThanOrEqual(whole.left);
      expect(box.right).toBeLessThanOrEqual(whole.right);
      for (const other of placed.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
    }
  });

  it('names the inner rings first when not everyone fits', () => {
    const rings = label(14).map((l) => layout.nodes.find((n) => n.id === l.id)!.ring);
    expect(rings.length).toBeLessThan(layout.nodes.length);
    // Names are placed (and returned) in priority order: ring by ring, from the inside out.
    const order = ['inner', 'close', 'wider', 'acquaintance'];
    const indices = rings.map((ring) => order.indexOf(ring));
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    expect(new Set(rings).size).toBe(4);
  });

  it('reveals more names as the reader zooms in (text keeps its size on screen)', () => {
    // Zoomed in four times, the same text is a quarter as big in layout units, and the part on
    // screen is a quarter as wide: count the names written in one quarter of the map.
    const quarter: Box = { left: 500, right: 775, top: 500, bottom: 775 };
    const inQuarter = label(14).filter(
      (l) => l.x > quarter.left && l.x < quarter.right && l.y > quarter.top && l.y < quarter.bottom,
    );
    expect(label(14 / 4, quarter).length).toBeGreaterThan(inQuarter.length * 2);
  });

  it('always names the selected person first, even from the crowded outer ring', () => {
    const outer = layout.nodes.find((n) => n.ring === 'acquaintance')!;
    expect(label(14, whole, [outer.id])[0]?.id).toBe(outer.id);
  });

  it("names every selected person in a crowd, over a neighbour's dot if it must, never over a name", () => {
    const size = 14;
    // Every seventh acquaintance: dots packed close, each with neighbours on every side.
    const crowd = layout.nodes
      .filter((n) => n.ring === 'acquaintance')
      .filter((_, i) => i % 7 === 0);
    const labels = label(
      size,
      whole,
      crowd.map((n) => n.id),
    );
    const named = new Set(labels.map((l) => l.id));
    for (const person of crowd) expect(named).toContain(person.id);
    const placed = boxes(labels, size);
    for (const [i, box] of placed.entries())
      for (const other of placed.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
  });

  it('leaves out names of people off screen', () => {
    const corner: Box = { left: 0, right: 300, top: 0, bottom: 300 };
    for (const l of label(14, corner)) {
      const node = layout.nodes.find((n) => n.id === l.id)!;
      expect(node.x).toBeLessThanOrEqual(300);
      expect(node.y).toBeLessThanOrEqual(300);
    }
  });
});
