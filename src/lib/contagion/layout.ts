import type { AlterGraph } from '../metrics/alter-graph';

/** Where to draw one person, in a 0–100 square. */
export interface Point {
  x: number;
  y: number;
}

/** The group a person is drawn in: their first context, or `other`. */
export function groupKey(graph: AlterGraph, index: number): string {
  return graph.people[index]?.contexts[0] ?? 'other';
}

/** The groups of the map in order of first appearance, each with its members' positions. */
export function groupMembers(graph: AlterGraph): [string, number[]][] {
  const members = new Map<string, number[]>();
  graph.people.forEach((_, index) => {
    const key = groupKey(graph, index);
    const list = members.get(key);
    if (list) list.push(index);
    else members.set(key, [index]);
  });
  return [...members];
}

/**
 * Places people so that each group sits together: the groups on a ring around the centre (where
 * the reader would be), the members of a group on a small circle of their own. Deterministic, so
 * the picture is the same at each step and on each visit.
 */
export function groupLayout(graph: AlterGraph): Point[] {
  const points: Point[] = graph.people.map(() => ({ x: 50, y: 50 }));
  const groups = groupMembers(graph).map(([, list]) => list);
  groups.forEach((list, g) => {
    const angle = (2 * Math.PI * g) / groups.length - Math.PI / 2;
    const centre = groups.length === 1 ? 0 : 32;
    const cx = 50 + centre * Math.cos(angle);
    const cy = 50 + centre * Math.sin(angle);
    const radius = list.length === 1 ? 0 : Math.min(15, 3 + list.length * 1.4);
    list.forEach((person, k) => {
      const turn = (2 * Math.PI * k) / list.length - Math.PI / 2;
      points[person] = {
        x: round(cx + radius * Math.cos(turn)),
        y: round(cy + radius * Math.sin(turn)),
      };
    });
  });
  return points;
}

const round = (value: number) => Math.round(value * 100) / 100;
