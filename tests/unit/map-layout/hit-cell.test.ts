import { describe, expect, it } from 'vitest';
import { fromPolar } from '../../../src/lib/map-layout/geometry';
import { hitCell } from '../../../src/lib/map-layout/hit-cell';
import { layoutMap } from '../../../src/lib/map-layout/layout-map';
import { buildNetwork, person } from '../network/build-network';

// Two sectors: school (3 people) from 0 and family (1 person) after it.
const network = buildNetwork([
  person('a', { contexts: ['school'] }),
  person('b', { contexts: ['school'] }),
  person('c', { contexts: ['school'] }),
  person('d', { contexts: ['family'], ring: 'inner' }),
]);
const layout = layoutMap(network, { width: 400, height: 400 });
const [school, family] = layout.sectors;

function at(radius: number, angle: number): [number, number] {
  const point = fromPolar(layout.centre, radius, angle);
  return [point.x, point.y];
}

describe('hitCell', () => {
  it('finds the ring and sector under a point', () => {
    const close = layout.rings[1];
    expect(hitCell(layout, ...at(close?.radius ?? 0, 0.1))).toEqual({
      ring: 'close',
      context: 'school',
    });
    const middleOfFamily = ((family?.startAngle ?? 0) + (family?.endAngle ?? 0)) / 2;
    expect(hitCell(layout, ...at(layout.rings[3]?.radius ?? 0, middleOfFamily))).toEqual({
      ring: 'acquaintance',
      context: 'family',
    });
  });

  it('gives the sector that starts at a boundary angle', () => {
    const boundary = school?.endAngle ?? 0;
    expect(hitCell(layout, ...at(layout.rings[0]?.radius ?? 0, boundary))?.context).toBe('family');
  });

  it('counts the outer edge of the last ring as inside', () => {
    const edge = layout.rings[3]?.outer ?? 0;
    expect(hitCell(layout, ...at(edge, 0.1))?.ring).toBe('acquaintance');
  });

  it('gives null on the reader at the centre and outside the map', () => {
    expect(hitCell(layout, layout.centre.x, layout.centre.y)).toBeNull();
    expect(hitCell(layout, ...at((layout.rings[3]?.outer ?? 0) + 1, 0.1))).toBeNull();
  });
});
