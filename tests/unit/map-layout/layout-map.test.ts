import { describe, expect, it } from 'vitest';
import { hitCell } from '../../../src/lib/map-layout/hit-cell';
import { layoutMap, type MapLayout } from '../../../src/lib/map-layout/layout-map';
import { toPolar } from '../../../src/lib/map-layout/geometry';
import { emptyNetwork, type Network } from '../../../src/lib/network/network';
import { BUILTIN_CONTEXTS, RINGS } from '../../../src/lib/network/person';
import { buildNetwork, person } from '../network/build-network';
import { largeNetwork as generatedNetwork } from '../metrics/large-network';

const size = { width: 800, height: 600 };

/** People spread over every ring × sector cell: ring by i mod 4, context by ⌊i / 4⌋ mod 8, and
 * every seventh person without a context. */
function manyPeople(count: number): Network {
  return buildNetwork(
    Array.from({ length: count }, (_, i) =>
      person(`p${i}`, {
        ring: RINGS[i % RINGS.length],
        contexts: i % 7 === 0 ? [] : [BUILTIN_CONTEXTS[Math.floor(i / 4) % 8] ?? 'other'],
      }),
    ),
  );
}

/** A node's place inside its cell, as fractions of the cell's angle and depth. */
function placeInCell(layout: MapLayout, id: string): [number, number] {
  const node = layout.nodes.find((n) => n.id === id);
  const band = layout.rings.find((r) => r.ring === node?.ring);
  const sector = layout.sectors.find((s) => s.context === node?.context);
  if (node === undefined || band === undefined || sector === undefined) throw new Error(id);
  const { radius, angle } = toPolar(layout.centre, node);
  return [
    (angle - sector.startAngle) / (sector.endAngle - sector.startAngle),
    (radius - band.inner) / (band.outer - band.inner),
  ];
}

describe('layoutMap', () => {
  it('lays out an empty map with the reader at the centre and no nodes', () => {
    const layout = layoutMap(emptyNetwork(), size);
    expect(layout.centre).toEqual({ x: 400, y: 300 });
    // min(800, 600) / 2 × (1 − 0.04) = 288 for the outer edge.
    expect(layout.rings.at(-1)?.outer).toBeCloseTo(288, 9);
    expect(layout.nodes).toEqual([]);
    expect(layout.cells).toEqual([]);
    expect(layout.aggregated).toBe(false);
  });

  it('places one person in their ring and sector', () => {
    const network = buildNetwork([person('a', { ring: 'close', contexts: ['school'] })]);
    const layout = layoutMap(network, size);
    expect(layout.nodes).toHaveLength(1);
    const node = layout.nodes[0];
    expect(node).toMatchObject({ id: 'a', ring: 'close', context: 'school' });
    expect(hitCell(layout, node?.x ?? 0, node?.y ?? 0)).toEqual({
      ring: 'close',
      context: 'school',
    });
    expect(layout.cells).toMatchObject([{ ring: 'close', context: 'school', count: 1 }]);
  });

  it('gives the same layout every time', () => {
    const network = manyPeople(200);
    expect(layoutMap(network, size)).toEqual(layoutMap(network, size));
  });

  it('draws every person inside their own cell, distinct from each other', () => {
    const network = manyPeople(500);
    const layout = layoutMap(network, size);
    expect(layout.nodes).toHaveLength(500);
    for (const node of layout.nodes) {
      expect(hitCell(layout, node.x, node.y)).toEqual({ ring: node.ring, context: node.context });
    }
    const points = new Set(layout.nodes.map((n) => `${n.x.toFixed(3)},${n.y.toFixed(3)}`));
    expect(points.size).toBe(500);
  });

  it('treats two people with the same name as two nodes', () => {
    const network = buildNetwork([person('a', { name: 'Minh' }), person('b', { name: 'Minh' })]);
    const layout = layoutMap(network, size);
    expect(layout.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(layout.nodes[0]?.x).not.toBe(layout.nodes[1]?.x);
  });

  it('puts people without a context in the unsorted sector', () => {
    const network = buildNetwork([person('a'), person('b', { contexts: ['family'] })]);
    const layout = layoutMap(network, size);
    expect(layout.sectors.map((s) => s.context)).toEqual(['family', null]);
    expect(layout.nodes.find((n) => n.id === 'a')?.context).toBeNull();
  });

  it('keeps everyone in place within their cell when someone joins another cell', () => {
    const before = manyPeople(60);
    const after = buildNetwork([
      ...before.people,
      person('newcomer', { ring: 'inner', contexts: ['online'] }),
    ]);
    const layoutBefore = layoutMap(before, size);
    const layoutAfter = layoutMap(after, size);
    for (const { id, ring, context } of layoutBefore.nodes) {
      if (ring === 'inner' && context === 'online') continue;
      const [along, across] = placeInCell(layoutBefore, id);
      const [alongAfter, acrossAfter] = placeInCell(layoutAfter, id);
      // The cell's padding is a length, so its share of a sector that grew moves a hair.
      expect(alongAfter).toBeCloseTo(along, 2);
      expect(acrossAfter).toBeCloseTo(across, 9);
    }
  });

  it('aggregates into cell counts above the threshold', () => {
    const network = manyPeople(40);
    const layout = layoutMap(network, size, { aggregateAbove: 30 });
    expect(layout.aggregated).toBe(true);
    expect(layout.nodes).toEqual([]);
    expect(layout.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(40);
    for (const cell of layout.cells) {
      expect(hitCell(layout, cell.x, cell.y)).toEqual({ ring: cell.ring, context: cell.context });
    }
  });

  it('aggregates 30,000 people by default', () => {
    const layout = layoutMap(manyPeople(30_000), size);
    expect(layout.aggregated).toBe(true);
    // 4 rings × (8 contexts + unsorted) = 36 cells, all filled by manyPeople's pattern.
    expect(layout.cells).toHaveLength(36);
    expect(layout.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(30_000);
  });

  it('does not aggregate at exactly 1,500 people', () => {
    expect(layoutMap(manyPeople(1500), size).aggregated).toBe(false);
  });

  it('keeps dots apart: two thirds of the closest spacing is a usable dot on a phone', () => {
    // A 390 px phone draws the 1,000-unit layout at about 0.36 px per unit.
    const perPixel = 1000 / 360;
    for (const count of [25, 150, 1000, 1500]) {
      const layout = layoutMap(generatedNetwork(count, 0), { width: 1000, height: 1000 });
      const radius = (layout.spacing * 2) / 3;
      const usable = count > 1000 ? 1.25 : count > 150 ? 1.5 : 3;
      expect(radius / perPixel, `${count} people`).toBeGreaterThanOrEqual(usable);
      // The figure is true: no two dots are closer than the spacing the layout reports.
      let closest = Infinity;
      for (const [i, a] of layout.nodes.entries())
        for (const b of layout.nodes.slice(i + 1))
          closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
      expect(layout.spacing).toBeLessThanOrEqual(closest);
    }
  });

  it('gives an import of one context and one ring most of the circle', () => {
    const imported = buildNetwork(
      Array.from({ length: 25 }, (_, i) =>
        person(`c${i}`, { ring: 'acquaintance', contexts: ['imported'] }),
      ),
    );
    const layout = layoutMap(imported, size, {
      alwaysShow: [...BUILTIN_CONTEXTS.filter((c) => c !== 'imported'), null],
    });
    const sector = layout.sectors.find((s) => s.context === 'imported');
    expect(sector!.endAngle - sector!.startAngle).toBeGreaterThan(Math.PI);
  });

  it('copes with a zero size without producing NaN', () => {
    const layout = layoutMap(manyPeople(3), { width: 0, height: 0 });
    for (const node of layout.nodes) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
    }
  });
});
