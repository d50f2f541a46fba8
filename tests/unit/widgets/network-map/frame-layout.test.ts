import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../../src/lib/map-layout/layout-map';
import { emptyNetwork } from '../../../../src/lib/network/network';
import { BUILTIN_CONTEXTS, RINGS } from '../../../../src/lib/network/person';
import { frameLayout } from '../../../../src/widgets/network-map/frame-layout';
import { buildNetwork, person } from '../../network/build-network';

/*
 * MapFrame draws an empty map from `frameLayout` while MapView's code is on its way; MapView then
 * draws it from `layoutMap`. The reader must not see the picture change when one replaces the other.
 */

const size = fc.record({
  width: fc.integer({ min: 0, max: 2000 }),
  height: fc.integer({ min: 0, max: 2000 }),
});
const shown = fc.subarray<string | null>([...BUILTIN_CONTEXTS, 'my-club', null]);

describe('the frame of a map', () => {
  it('is exactly the layout of an empty map, whatever its size and the sectors always shown', () => {
    fc.assert(
      fc.property(size, shown, (box, alwaysShow) => {
        expect(frameLayout(emptyNetwork(), box, alwaysShow)).toEqual(
          layoutMap(emptyNetwork(), box, { alwaysShow }),
        );
      }),
    );
  });

  it('has the rings and sectors of a map with people, and nobody placed on it', () => {
    const network = buildNetwork([
      person('p1', { name: 'Nguyễn Văn Anh', ring: 'inner', contexts: ['workplace'] }),
      person('p2', { name: 'Nguyễn Văn Anh', ring: 'close', contexts: ['workplace'] }),
      person('p3', { name: 'Chị Lan', ring: RINGS[3], contexts: [] }),
    ]);
    const box = { width: 1000, height: 1000 };
    const drawn = layoutMap(network, box, { alwaysShow: ['family', null] });
    const frame = frameLayout(network, box, ['family', null]);
    expect(frame.rings).toEqual(drawn.rings);
    expect(frame.sectors).toEqual(drawn.sectors);
    expect(frame.centre).toEqual(drawn.centre);
    expect(frame.nodes).toEqual([]);
  });
});
