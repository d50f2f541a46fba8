import { describe, expect, it } from 'vitest';
import { mulberry32, reachedBy, runSpread } from '../../../src/lib/contagion/spread';

/** Builds neighbour lists for `n` people from an edge list, as drawn in each test's comment. */
function graphOf(n: number, edges: readonly [number, number][]) {
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    neighbours[a]?.push(b);
    neighbours[b]?.push(a);
  }
  return { neighbours };
}

// A path 0 – 1 – 2 – 3 – 4.
const path = graphOf(5, [
  [0, 1],
  [1, 2],
  [2, 3],
  [3, 4],
]);

// Two triangles {0,1,2} and {3,4,5} joined by one long tie 2 – 3:
//   0 – 1        4
//    \ /        / \
//     2 ——— 3 — 5    (3 – 4, 3 – 5, 4 – 5 close the second triangle)
const twoTriangles = graphOf(6, [
  [0, 1],
  [0, 2],
  [1, 2],
  [2, 3],
  [3, 4],
  [3, 5],
  [4, 5],
]);

// Two "wide bridges": the same triangles joined by two ties, 1 – 3 and 2 – 3.
const twoTrianglesWide = graphOf(6, [
  [0, 1],
  [0, 2],
  [1, 2],
  [1, 3],
  [2, 3],
  [3, 4],
  [3, 5],
  [4, 5],
]);

describe('runSpread', () => {
  it('passes a simple contagion one tie further along a path at each step', () => {
    // By hand: 0 knows at step 0, its only contact 1 at step 1, then 2, 3, 4.
    const run = runSpread(path, { kind: 'simple', seeds: [0] });
    expect(run.steps).toEqual([[0], [1], [2], [3], [4]]);
    expect(run.heardAt).toEqual([0, 1, 2, 3, 4]);
    expect(run.reached).toBe(5);
  });

  it('spreads both ways from a starter in the middle', () => {
    // By hand: 2's contacts 1 and 3 at step 1, their outer contacts 0 and 4 at step 2.
    const run = runSpread(path, { kind: 'simple', seeds: [2] });
    expect(run.steps).toEqual([[2], [1, 3], [0, 4]]);
  });

  it('crosses a single long tie when one contact is enough', () => {
    // By hand from 0: step 1 its contacts 1, 2; step 2 → 3 (contact of 2); step 3 → 4, 5.
    const run = runSpread(twoTriangles, { kind: 'simple', seeds: [0] });
    expect(run.steps).toEqual([[0], [1, 2], [3], [4, 5]]);
    expect(run.reached).toBe(6);
  });

  it('stops at a single long tie when two contacts are needed', () => {
    // Seeds 0, 1, 2 (a whole triangle). Person 3 has only one informed contact (2) and 4, 5 have
    // none, so nobody else ever reaches the threshold of 2: the run ends at step 0.
    const run = runSpread(twoTriangles, { kind: 'complex', seeds: [0, 1, 2] });
    expect(run.steps).toEqual([[0, 1, 2]]);
    expect(run.heardAt).toEqual([0, 0, 0, null, null, null]);
    expect(run.reached).toBe(3);
  });

  it('crosses a wide bridge of two ties when two contacts are needed', () => {
    // Seeds 0, 1, 2. Step 1: 3 has two informed contacts (1 and 2) → hears. Step 2: 4 and 5 each
    // have one informed contact (3) → threshold not met... they are tied to each other but neither
    // has heard, so the spread stops with 4 people.
    const run = runSpread(twoTrianglesWide, { kind: 'complex', seeds: [0, 1, 2] });
    expect(run.steps).toEqual([[0, 1, 2], [3]]);
    expect(run.reached).toBe(4);
  });

  it('lets a complex contagion through once the far side is seeded twice', () => {
    // Seeds 0, 1, 2 and 4. Step 1: 3 has contacts 2 and 4 informed (also 1 in the wide graph) → hears;
    // 5 has only 4 → waits. Step 2: 5 has 3 and 4 → hears.
    const run = runSpread(twoTrianglesWide, { kind: 'complex', seeds: [0, 1, 2, 4] });
    expect(run.steps).toEqual([[0, 1, 2, 4], [3], [5]]);
  });

  it('reaches more people after a bridge is added, as counted by hand', () => {
    // Two separate triangles {0,1,2} and {3,4,5}: from 0 only its own triangle hears (3 people).
    const apart = graphOf(6, [
      [0, 1],
      [0, 2],
      [1, 2],
      [3, 4],
      [3, 5],
      [4, 5],
    ]);
    expect(runSpread(apart, { kind: 'simple', seeds: [0] }).reached).toBe(3);
    // Adding the bridge 2 – 3 gives twoTriangles: all 6, one step later than the first triangle.
    const bridged = runSpread(twoTriangles, { kind: 'simple', seeds: [0] });
    expect(bridged.reached).toBe(6);
    expect(bridged.steps).toHaveLength(4);
  });

  it('treats a threshold of one as a simple contagion', () => {
    const complexOne = runSpread(twoTriangles, { kind: 'complex', seeds: [0], threshold: 1 });
    expect(complexOne.steps).toEqual(runSpread(twoTriangles, { kind: 'simple', seeds: [0] }).steps);
  });

  it('counts a repeated seed once', () => {
    expect(runSpread(path, { kind: 'simple', seeds: [0, 0] }).steps[0]).toEqual([0]);
  });

  it('stops after maxSteps', () => {
    expect(runSpread(path, { kind: 'simple', seeds: [0], maxSteps: 2 }).steps).toEqual([
      [0],
      [1],
      [2],
    ]);
  });

  it('spreads nothing when nobody passes it on', () => {
    const run = runSpread(path, { kind: 'simple', seeds: [0], passChance: 0 });
    expect(run.steps).toEqual([[0]]);
  });

  it('gives the same run for the same seed when passing on is left to chance', () => {
    const options = { kind: 'simple', seeds: [0], passChance: 0.5, seed: 42 } as const;
    const star = graphOf(
      40,
      Array.from({ length: 39 }, (_, i) => [0, i + 1] as [number, number]),
    );
    const first = runSpread(star, options);
    expect(runSpread(star, options)).toEqual(first);
    // Each of the 39 contacts hears at step 1 only if its draw passes: some but not all do.
    expect(first.steps[1]?.length).toBeGreaterThan(0);
    expect(first.steps[1]?.length).toBeLessThan(39);
  });

  it('rejects a seed that is not a person of the graph', () => {
    expect(() => runSpread(path, { kind: 'simple', seeds: [7] })).toThrow(
      'contagion/runSpread: seed 7 is not a person of the graph',
    );
  });

  it('handles a map with nobody on it', () => {
    expect(runSpread({ neighbours: [] }, { kind: 'simple', seeds: [] })).toEqual({
      steps: [[]],
      heardAt: [],
      reached: 0,
    });
  });
});

describe('reachedBy', () => {
  it('adds up the people who heard up to a step', () => {
    const run = runSpread(twoTriangles, { kind: 'simple', seeds: [0] });
    // Steps [[0], [1, 2], [3], [4, 5]]: 1, then 3, then 4, then 6; past the end it stays 6.
    expect([0, 1, 2, 3, 9].map((step) => reachedBy(run, step))).toEqual([1, 3, 4, 6, 6]);
  });
});

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays between 0 and 1', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const draws = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
