import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../src/lib/map-layout/layout-map';
import { keepUnmoved } from '../../../src/lib/map-layout/stable-nodes';
import { movePerson } from '../../../src/lib/network/add-person';
import { largeNetwork } from '../metrics/large-network';

const SIZE = { width: 1000, height: 1000 };

describe('keepUnmoved', () => {
  it('keeps the node objects of everyone an edit did not move, and only theirs', () => {
    const before = largeNetwork(400, 0);
    const moved = before.people[7]!;
    const ring = moved.ring === 'inner' ? 'acquaintance' : 'inner';
    const after = movePerson(before, moved.id, { ring });
    const old = layoutMap(before, SIZE).nodes;
    const fresh = layoutMap(after, SIZE).nodes;
    const kept = keepUnmoved(old, fresh);

    expect(kept).toEqual(fresh);
    const oldById = new Map(old.map((node) => [node.id, node]));
    const same = kept.filter((node) => node === oldById.get(node.id));
    // The moved person is a new object; most of the 400 people did not move at all.
    expect(kept.find((node) => node.id === moved.id)).not.toBe(oldById.get(moved.id));
    expect(same.length).toBeGreaterThan(300);
    for (const node of same) {
      const was = oldById.get(node.id)!;
      const now = fresh.find((other) => other.id === node.id)!;
      expect([was.x, was.y, was.ring, was.context]).toEqual([now.x, now.y, now.ring, now.context]);
    }
  });

  it('gives the new nodes when there was nothing before', () => {
    const nodes = layoutMap(largeNetwork(20, 0), SIZE).nodes;
    expect(keepUnmoved([], nodes)).toEqual(nodes);
  });
});
