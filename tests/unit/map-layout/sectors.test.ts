import { describe, expect, it } from 'vitest';
import { MIN_SECTOR_ANGLE, layoutSectors, sectorOf } from '../../../src/lib/map-layout/sectors';
import { emptyNetwork } from '../../../src/lib/network/network';
import { buildNetwork, person } from '../network/build-network';

const TURN = 2 * Math.PI;

describe('sectorOf', () => {
  it('is the first context, or null without one', () => {
    expect(sectorOf({ contexts: ['school', 'family'] })).toBe('school');
    expect(sectorOf({ contexts: [] })).toBeNull();
  });
});

describe('layoutSectors', () => {
  it('gives an empty map one unsorted sector round the whole circle', () => {
    expect(layoutSectors(emptyNetwork())).toEqual([
      { context: null, startAngle: 0, endAngle: TURN, count: 0 },
    ]);
  });

  it('orders built-in contexts first, then the reader’s own, then others, unsorted last', () => {
    const network = {
      ...buildNetwork([
        person('a'),
        person('b', { contexts: ['zzz'] }),
        person('c', { contexts: ['c1'] }),
        person('d', { contexts: ['family'] }),
        person('e', { contexts: ['workplace', 'family'] }),
      ]),
      customContexts: [{ id: 'c1', label: 'Club' }],
    };
    expect(layoutSectors(network).map((sector) => sector.context)).toEqual([
      'workplace',
      'family',
      'c1',
      'zzz',
      null,
    ]);
  });

  it('gives each sector the minimum plus a share of the rest by count', () => {
    const network = buildNetwork([
      person('a', { contexts: ['school'] }),
      person('b', { contexts: ['school'] }),
      person('c', { contexts: ['school'] }),
      person('d', { contexts: ['family'] }),
    ]);
    // Two sectors of at least π/12; the remaining 2π − π/6 = 11π/6 splits 3 : 1.
    const spare = TURN - 2 * MIN_SECTOR_ANGLE;
    const [school, family] = layoutSectors(network);
    expect(school?.context).toBe('school');
    expect(school?.endAngle).toBeCloseTo(MIN_SECTOR_ANGLE + (spare * 3) / 4, 12);
    expect(family?.startAngle).toBe(school?.endAngle);
    expect(family?.endAngle).toBe(TURN);
  });

  it('keeps an empty context asked for as a drop target at the minimum width', () => {
    const network = buildNetwork([person('a', { contexts: ['school'] })]);
    const sectors = layoutSectors(network, ['online', null]);
    expect(sectors.map((sector) => [sector.context, sector.count])).toEqual([
      ['school', 1],
      ['online', 0],
      [null, 0],
    ]);
    expect(sectors[1]?.endAngle).toBeCloseTo(TURN - MIN_SECTOR_ANGLE, 12);
  });

  it('shares the circle equally when there are too many sectors for the minimum', () => {
    const contexts = Array.from({ length: 30 }, (_, i) => `ctx${String(i).padStart(2, '0')}`);
    const network = buildNetwork(contexts.map((c, i) => person(`p${i}`, { contexts: [c] })));
    const sectors = layoutSectors(network);
    expect(sectors).toHaveLength(30);
    // 30 × 15° would be 450°, so each gets 12° = 2π / 30.
    for (const sector of sectors) {
      expect(sector.endAngle - sector.startAngle).toBeCloseTo(TURN / 30, 12);
    }
  });
});
