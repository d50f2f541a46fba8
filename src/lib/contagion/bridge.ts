import type { AlterGraph } from '../metrics/alter-graph';
import type { ContagionKind, SpreadRun } from './spread';

/**
 * Who has it at step 0 when it starts with `start`: that one person for a simple contagion; for a
 * complex one, that person and their contacts, because with a threshold of two a lone starter
 * convinces nobody (Centola & Macy 2007 seed a person together with their neighbourhood too).
 */
export function startingPeople(graph: AlterGraph, start: number, kind: ContagionKind): number[] {
  if (kind === 'simple') return [start];
  return [start, ...(graph.neighbours[start] ?? [])].sort((x, y) => x - y);
}

/** The people a tie can reach: one list of positions per group of people linked by ties. */
export function connectedGroups(graph: AlterGraph): number[][] {
  const group: (number | null)[] = graph.people.map(() => null);
  const groups: number[][] = [];
  for (let origin = 0; origin < graph.people.length; origin += 1) {
    if (group[origin] !== null) continue;
    const members = [origin];
    group[origin] = groups.length;
    for (let i = 0; i < members.length; i += 1) {
      for (const next of graph.neighbours[members[i] ?? 0] ?? []) {
        if (group[next] !== null) continue;
        group[next] = groups.length;
        members.push(next);
      }
    }
    groups.push(members.sort((x, y) => x - y));
  }
  return groups;
}

/** An introduction to try: two people on the map, by position, who are not tied yet. */
export interface Bridge {
  from: number;
  to: number;
}

/** The person of `members` with the most ties (the first in map order among equals). */
function bestConnected(graph: AlterGraph, members: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const member of members) {
    const degree = graph.neighbours[member]?.length ?? 0;
    if (best === undefined || degree > (graph.neighbours[best]?.length ?? 0)) best = member;
  }
  return best;
}

/** The id of the person with the most ties on the map, where a spread shows the most. */
export function mostTiedPerson(graph: AlterGraph): string | undefined {
  const best = bestConnected(
    graph,
    graph.people.map((_, i) => i),
  );
  return best === undefined ? undefined : graph.people[best]?.id;
}

/**
 * The introduction that would carry a simple contagion furthest after `run`: the best-connected
 * person who heard, to the best-connected person of the largest group of linked people it did not
 * reach. Undefined when it reached everyone or nobody.
 */
export function suggestBridge(graph: AlterGraph, run: SpreadRun): Bridge | undefined {
  const reached = graph.people.map((_, i) => run.heardAt[i] !== null);
  const from = bestConnected(
    graph,
    reached.flatMap((heard, i) => (heard ? [i] : [])),
  );
  let largest: number[] = [];
  for (const members of connectedGroups(graph)) {
    if (members.some((member) => reached[member])) continue;
    if (members.length > largest.length) largest = members;
  }
  const to = bestConnected(graph, largest);
  return from === undefined || to === undefined ? undefined : { from, to };
}
