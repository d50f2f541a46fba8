import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutMap, mapLayouter } from '../../../src/lib/map-layout/layout-map';
import { movePerson } from '../../../src/lib/network/change-person';
import { BUILTIN_CONTEXTS, RINGS } from '../../../src/lib/network/person';
import { largeNetwork } from '../metrics/large-network';
import { apply, edit } from './reader-edits';

const SIZE = { width: 1000, height: 1000 };

/*
 * The map's layout is kept between edits (`mapLayouter`): a cell whose people, angles and band
 * did not change keeps its nodes. Whatever the edits, it must draw exactly what a fresh layout
 * draws, and it must keep the objects of what did not move (the view redraws by object).
 */

describe('the map laid out again after each edit', () => {
  it('is the same as a fresh layout after any sequence of edits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.array(edit, { maxLength: 25 }),
        fc.boolean(),
        fc.boolean(),
        (size, edits, showAll, aggregate) => {
          const layout = mapLayouter();
          // Every context always shown (as the map does for drop targets) or only those in use;
          // dots, or head-counts per cell (patched between edits) as a map of 30,000 is drawn.
          const options = {
            ...(showAll ? { alwaysShow: [...BUILTIN_CONTEXTS, null] } : {}),
            ...(aggregate ? { aggregateAbove: 20 } : {}),
          };
          let network = largeNetwork(size, 0);
          expect(layout(network, SIZE, options)).toEqual(layoutMap(network, SIZE, options));
          for (const change of edits) {
            network = apply(network, change);
            expect(layout(network, SIZE, options)).toEqual(layoutMap(network, SIZE, options));
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it('keeps the nodes of everyone a move to another ring did not move, and only theirs', () => {
    const layout = mapLayouter();
    const before = largeNetwork(1000, 0);
    const moved = before.people[7]!;
    const after = movePerson(before, moved.id, {
      ring: moved.ring === 'inner' ? 'acquaintance' : 'inner',
    });
    const old = new Map(layout(before, SIZE).nodes.map((node) => [node.id, node]));
    const fresh = layout(after, SIZE).nodes;
    const kept = fresh.filter((node) => node === old.get(node.id));

    expect(fresh.find((node) => node.id === moved.id)).not.toBe(old.get(moved.id));
    // Only the two cells the person left and joined are placed again (about 2 × 1,000 / 32).
    expect(kept.length).toBeGreaterThan(900);
    const whole = new Map(layoutMap(after, SIZE).nodes.map((node) => [node.id, node]));
    for (const node of kept) expect(node).toEqual(whole.get(node.id));
  });

  it('places two people who swap rings in their new cells, though each cell keeps its count', () => {
    const layout = mapLayouter();
    const before = largeNetwork(300, 0);
    const [first, second] = before.people.filter(
      (person) => person.contexts[0] === before.people[0]!.contexts[0],
    );
    const other = RINGS.find((r) => r !== first!.ring)!;
    layout(before, SIZE);
    const withFirst = movePerson(before, first!.id, { ring: other });
    const swapped = movePerson(movePerson(withFirst, second!.id, { ring: other }), first!.id, {
      ring: first!.ring,
    });
    layout(withFirst, SIZE);
    // From `withFirst` to `swapped`: the same number of people in each cell, but not the same people.
    expect(layout(swapped, SIZE)).toEqual(layoutMap(swapped, SIZE));
  });

  it('places every cell again when a new first context resizes the sectors', () => {
    const layout = mapLayouter();
    const before = largeNetwork(200, 0);
    const old = new Set(layout(before, SIZE).nodes);
    // The first person moves to a context nobody had first: every sector's angle changes.
    const after = movePerson(before, before.people[0]!.id, { context: 'custom-1' });
    const fresh = layout(after, SIZE).nodes;
    expect(fresh.filter((node) => old.has(node))).toEqual([]);
    expect(fresh).toEqual(layoutMap(after, SIZE).nodes);
  });
});
