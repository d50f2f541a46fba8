import type { Network } from '../network/network';
import { buildAlterGraph, type AlterGraph } from './alter-graph';
import { bridgedGroups } from './bridged-groups';
import { brokerage } from './brokerage';
import { candidateIntroductions, type CandidateOptions } from './candidate-introductions';
import { diversity } from './diversity';
import { diversityLens } from './diversity-lens';
import { growth } from './growth';
import type { Insights } from './insights';
import { networkChanges, type FigureField, type NetworkChanges } from './network-changes';
import { sizeByContext, sizeByRing } from './size';
import { tieBalance } from './tie-balance';

/** The figures of one version of the map, with what it takes to update them after an edit. */
export interface InsightsState {
  network: Network;
  options: CandidateOptions;
  graph: AlterGraph;
  insights: Insights;
}

/**
 * The graph of `network` when only people's fields changed since `graph` was built: the same
 * ties among the same people, with each person's current record. A map with a repeated id (never
 * saved so, but possible in an unsanitised one) is built afresh.
 */
function refreshedGraph(graph: AlterGraph, network: Network): AlterGraph {
  if (graph.people.length !== network.people.length) return buildAlterGraph(network);
  return { ...graph, people: [...network.people] };
}

function sameOptions(x: CandidateOptions, y: CandidateOptions): boolean {
  return x.limit === y.limit && x.maxPairs === y.maxPairs;
}

/**
 * Which figures an edit invalidates. Each figure is a function of a few fields of the people (and
 * maybe the graph of ties or the issues); it is worked out again only when one of those changed.
 */
function invalidated(changes: NetworkChanges) {
  const reads = (...fields: FigureField[]) =>
    changes.people || fields.some((field) => changes.fields.has(field));
  const pairs = changes.people || changes.ties === 'pairs';
  return {
    graph: pairs || changes.ties === 'strengths',
    rings: reads('ring'),
    contexts: reads('contexts'),
    growth: reads('since'),
    diversity: reads('contexts', 'topics'),
    lens: reads('contexts', 'topics') || changes.issues,
    tieBalance: reads('ring') || pairs || changes.ties === 'strengths',
    brokerage: pairs,
    groups: pairs || reads('contexts'),
    introductions: pairs || reads('preference', 'contexts', 'topics', 'needs'),
  };
}

/**
 * The figures of `network`, worked out from those of an earlier version of the map (`previous`)
 * where an edit left them as they were: moving someone to another ring recounts the rings and
 * the strong ties, and leaves brokerage, groups and candidate introductions, with their very
 * objects, as they were. Without `previous` (or with other options) everything is worked out.
 * Pauses (yields) before each costly part, so that a caller can spread a large map's update over
 * short tasks. The result always equals `computeInsights(network, options)`.
 */
export function* updateInsights(
  previous: InsightsState | undefined,
  network: Network,
  options: CandidateOptions = {},
): Generator<undefined, InsightsState> {
  const comparable = previous !== undefined && sameOptions(previous.options, options);
  if (comparable && previous.network === network) return previous;
  const redo = comparable ? invalidated(networkChanges(previous.network, network)) : undefined;
  const before = comparable ? previous.insights : undefined;
  let redone = 0;
  /** The figure as it was, if the edit left it so; else worked out again. */
  const figure = <K extends keyof Insights>(name: K, work: () => Insights[K]): Insights[K] => {
    if (before !== undefined && redo?.[name] === false) return before[name];
    redone += 1;
    return work();
  };
  /*
   * Worked out from nothing (the first figures of a page), each figure is followed by a pause:
   * at 30,000 people they take a few to tens of milliseconds each, and would together be one
   * long task. After an edit only the costly parts pause, and a ring move none at all.
   */
  const fresh = before === undefined;

  let graph: AlterGraph;
  if (!comparable || redo?.graph !== false) {
    graph = buildAlterGraph(network);
    yield;
  } else graph = refreshedGraph(previous.graph, network);

  const rings = figure('rings', () => sizeByRing(network));
  const contexts = figure('contexts', () => sizeByContext(network));
  if (fresh) yield;
  const growthByYear = figure('growth', () => growth(network));
  if (fresh) yield;
  const diversityIndex = figure('diversity', () => diversity(network));
  if (fresh) yield;
  const lens = figure('lens', () => diversityLens(network));
  if (fresh) yield;
  const balance = figure('tieBalance', () => tieBalance(network, graph));
  if (fresh) yield;
  const broker = figure('brokerage', () => brokerage(network, graph));
  if (redo?.groups !== false) yield;
  const groups = figure('groups', () => bridgedGroups(network, graph));
  if (redo?.introductions !== false) yield;
  const introductions = figure('introductions', () =>
    candidateIntroductions(network, options, graph),
  );
  const insights: Insights =
    before !== undefined && redone === 0
      ? before
      : {
          rings,
          contexts,
          growth: growthByYear,
          diversity: diversityIndex,
          lens,
          tieBalance: balance,
          brokerage: broker,
          groups,
          introductions,
        };
  return { network, options, graph, insights };
}
