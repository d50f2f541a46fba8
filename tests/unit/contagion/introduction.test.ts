import { describe, expect, it } from 'vitest';
import { mostTiedPerson, suggestBridge } from '../../../src/lib/contagion/bridge';
import { runScenario, withIntroduction } from '../../../src/lib/contagion/introduction';
import { groupLayout, groupMembers } from '../../../src/lib/contagion/layout';
import { sampleNetwork } from '../../../src/lib/sample-network/sample-network';

const sample = sampleNetwork('en');
const ids = (scenario: ReturnType<typeof runScenario>) =>
  scenario.run.steps.map((step) => step.map((i) => scenario.graph.people[i]?.id));

describe('runScenario on the sample network', () => {
  it('carries news from a colleague through work and, over one bridge, the alumni group', () => {
    // By hand from structure.ts, starting with w1: its contacts w2, w3; then w4, w5 (contacts of
    // w2/w3); then w6, w7; over the bridge w7–s1 to s1; then s2, s3; s4, s5; s6. 13 of 30.
    const scenario = runScenario(sample, 'w1', 'simple');
    expect(ids(scenario)).toEqual([
      ['w1'],
      ['w2', 'w3'],
      ['w4', 'w5'],
      ['w6', 'w7'],
      ['s1'],
      ['s2', 's3'],
      ['s4', 's5'],
      ['s6'],
    ]);
    expect(scenario.run.reached).toBe(13);
  });

  it('keeps a complex contagion inside the team: one bridge is not enough', () => {
    // Seeds w1 and its contacts w2, w3. w4 has two informed contacts (w2, w3) at step 1; w5 then
    // has w2 and w4; w6 has w4 and w5; w7 has w5 and w6. s1 only ever has w7: it stops at 7.
    const scenario = runScenario(sample, 'w1', 'complex');
    expect(ids(scenario)).toEqual([['w1', 'w2', 'w3'], ['w4'], ['w5'], ['w6'], ['w7']]);
    expect(scenario.run.reached).toBe(7);
  });

  it('rejects a starter who is not on the map', () => {
    expect(() => runScenario(sample, 'nobody', 'simple')).toThrow(
      'contagion/runScenario: person nobody is not on the map',
    );
  });
});

describe('suggestBridge and withIntroduction', () => {
  it('suggests joining the team to the largest group the news missed, and reach grows to 24', () => {
    const before = runScenario(sample, 'w1', 'simple');
    const bridge = suggestBridge(before.graph, before.run);
    // Reached, most ties: w2 (4 ties, first in map order among w2, w4, w5). Largest group missed:
    // family + hometown (11 people); most ties there: h3 (4 ties, before f3 in map order).
    const a = before.graph.people[bridge?.from ?? -1]?.id ?? '';
    const b = before.graph.people[bridge?.to ?? -1]?.id ?? '';
    expect([a, b]).toEqual(['w2', 'h3']);

    const bridged = withIntroduction(sample, a, b);
    const after = runScenario(bridged, 'w1', 'simple');
    // 13 before + the 11 of family and hometown = 24; the other 6 (online) still never hear.
    expect(after.run.reached).toBe(24);
    // h3 hears at step 2 with w4, w5; the last (s6, f1, f2) at step 7, as before.
    expect(after.run.steps).toHaveLength(8);
    expect(sample.ties).toHaveLength(42);
  });

  it('lowers the reader’s effective size by 2/n: the two groups can now go around the reader', () => {
    // Effective size n − 2t/n (Borgatti 1997) with n = 30, t = 42 ties: 30 − 84/30 = 27.2; one
    // more tie: 30 − 86/30 ≈ 27.133.
    const before = runScenario(sample, 'w1', 'simple').brokerage;
    const after = runScenario(withIntroduction(sample, 'w2', 'h3'), 'w1', 'simple').brokerage;
    expect(before?.effectiveSize).toBeCloseTo(27.2, 10);
    expect(after?.effectiveSize).toBeCloseTo(30 - 86 / 30, 10);
    expect(after?.constraint).toBeGreaterThan(before?.constraint ?? Infinity);
  });

  it('suggests nothing once everybody has heard', () => {
    const tiny = withIntroduction(
      { ...sample, people: sample.people.slice(0, 2), ties: [] },
      'w1',
      'w2',
    );
    const scenario = runScenario(tiny, 'w1', 'simple');
    expect(suggestBridge(scenario.graph, scenario.run)).toBeUndefined();
  });

  it('leaves the map it is given unchanged', () => {
    const copy = structuredClone(sample);
    withIntroduction(sample, 'w2', 'h3');
    expect(sample).toEqual(copy);
  });
});

describe('groupLayout', () => {
  it('draws each person inside the square, members of a group near each other', () => {
    const { graph } = runScenario(sample, 'w1', 'simple');
    const points = groupLayout(graph);
    expect(points.every((p) => p.x >= 0 && p.x <= 100 && p.y >= 0 && p.y <= 100)).toBe(true);
    const distance = (i: number, j: number) =>
      Math.hypot(
        (points[i]?.x ?? 0) - (points[j]?.x ?? 0),
        (points[i]?.y ?? 0) - (points[j]?.y ?? 0),
      );
    // w1 and w2 (same group) are closer than w1 and o1 (work and online).
    expect(distance(0, 1)).toBeLessThan(distance(0, 24));
  });
});

describe('groupMembers', () => {
  it('lists the groups in map order, each with its members', () => {
    const { graph } = runScenario(sample, 'w1', 'simple');
    // structure.ts: 7 colleagues, 6 alumni, 5 hometown, 6 family, 6 online.
    expect(groupMembers(graph).map(([key, members]) => [key, members.length])).toEqual([
      ['workplace', 7],
      ['school', 6],
      ['community', 5],
      ['family', 6],
      ['online', 6],
    ]);
  });
});

describe('mostTiedPerson', () => {
  it('names the first of the people with the most ties', () => {
    // By hand from structure.ts: w2 (w1, w3, w4, w5), w4, w5, s3, h3 and f3 have 4 ties, nobody
    // has 5; w2 comes first in map order.
    const { graph } = runScenario(sample, 'w1', 'simple');
    expect(mostTiedPerson(graph)).toBe('w2');
  });

  it('names nobody on an empty map', () => {
    const { graph } = runScenario({ ...sample, ties: [] }, 'w1', 'simple');
    expect(mostTiedPerson({ ...graph, people: [], neighbours: [] })).toBeUndefined();
  });
});
