import { brokerage, type Brokerage } from '../metrics/brokerage';
import { buildAlterGraph, type AlterGraph } from '../metrics/alter-graph';
import type { Network } from '../network/network';
import { addTie } from '../network/tie-ops';
import { startingPeople } from './bridge';
import { runSpread, type ContagionKind, type SpreadRun } from './spread';

/** One run of the explorable: the graph it ran on, the run, and the reader's brokerage there. */
export interface Scenario {
  graph: AlterGraph;
  run: SpreadRun;
  /** Undefined when the map has nobody on it. */
  brokerage: Brokerage | undefined;
}

/**
 * Runs a spread on a map from the person with id `start`: the pure core the explorable shows.
 * @throws Error when `start` is not on the map
 */
export function runScenario(network: Network, start: string, kind: ContagionKind): Scenario {
  const graph = buildAlterGraph(network);
  const index = graph.index.get(start);
  if (index === undefined)
    throw new Error(`contagion/runScenario: person ${start} is not on the map`);
  const run = runSpread(graph, { kind, seeds: startingPeople(graph, index, kind) });
  const figures = brokerage(network, graph);
  return { graph, run, brokerage: figures.value ?? undefined };
}

/**
 * The map with one introduction made: a new weak tie between `a` and `b`. A copy: the map given
 * is not changed, so trying an introduction on the reader's own map never writes to it.
 */
export function withIntroduction(network: Network, a: string, b: string): Network {
  return addTie(network, a, b, 'weak');
}
