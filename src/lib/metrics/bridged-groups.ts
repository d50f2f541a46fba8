import type { Network } from '../network/network';
import { buildAlterGraph, type AlterGraph } from './alter-graph';

/** One group of people linked by ties (a connected component without the reader). */
export interface PeopleGroup {
  /** Member ids, in map order. */
  ids: string[];
  /** Contexts of the members, most common first, then by id. */
  contexts: string[];
}

/** The groups the reader is the only link between. */
export interface BridgedGroups {
  /** Largest group first, then by the earliest member on the map; people with no tie on the map
   * form a group of one. */
  groups: PeopleGroup[];
  count: number;
  /** Groups of one person. */
  singletons: number;
  /** True when the reader links two or more groups that would otherwise not be connected. */
  bridges: boolean;
}

function find(parent: number[], x: number): number {
  let root = x;
  while (parent[root] !== root) root = parent[root] ?? root;
  // Path compression keeps later finds near O(1).
  while (parent[x] !== root) {
    const next = parent[x] ?? root;
    parent[x] = root;
    x = next;
  }
  return root;
}

function contextsOf(members: readonly number[], graph: AlterGraph): string[] {
  // Most groups of an imported map are one person: every count is 1, so the order is by name.
  if (members.length === 1) {
    const contexts = graph.people[members[0] ?? -1]?.contexts ?? [];
    return contexts.length < 2 ? [...contexts] : [...new Set(contexts)].sort();
  }
  const counts = new Map<string, number>();
  for (const i of members) {
    for (const context of new Set(graph.people[i]?.contexts)) {
      counts.set(context, (counts.get(context) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort(([x, a], [y, b]) => b - a || (x < y ? -1 : 1))
    .map(([context]) => context);
}

/**
 * The connected components of the ties among the people on the map. Take the reader away and
 * these groups fall apart from one another: the reader bridges k groups when k ≥ 2.
 */
export function bridgedGroups(
  network: Network,
  graph: AlterGraph = buildAlterGraph(network),
): BridgedGroups {
  const parent = graph.people.map((_, i) => i);
  graph.neighbours.forEach((list, a) => {
    for (const b of list) parent[find(parent, a)] = find(parent, b);
  });
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < graph.people.length; i += 1) {
    const root = find(parent, i);
    const members = byRoot.get(root);
    if (members === undefined) byRoot.set(root, [i]);
    else members.push(i);
  }
  const components = [...byRoot.values()].sort(
    (x, y) => y.length - x.length || (x[0] ?? 0) - (y[0] ?? 0),
  );
  const groups = components.map((members) => ({
    ids: members.map((i) => graph.people[i]?.id ?? ''),
    contexts: contextsOf(members, graph),
  }));
  return {
    groups,
    count: groups.length,
    singletons: components.filter((members) => members.length === 1).length,
    bridges: groups.length >= 2,
  };
}
