import type { Network } from '../network/network';
import { buildAlterGraph } from './alter-graph';
import { bridgedGroups, type BridgedGroups } from './bridged-groups';
import { brokerage, type Brokerage } from './brokerage';
import {
  candidateIntroductions,
  type CandidateIntroductions,
  type CandidateOptions,
} from './candidate-introductions';
import { diversity, type Diversity } from './diversity';
import { diversityLens, type IssueLens } from './diversity-lens';
import { growth, type Growth } from './growth';
import { sizeByContext, sizeByRing, type ContextSizes, type RingSizes } from './size';
import { tieBalance, type TieBalance } from './tie-balance';
import type { Metric } from './unavailable';

/** Every metric about the reader's network, computed together. */
export interface Insights {
  rings: RingSizes;
  contexts: ContextSizes;
  growth: Growth;
  diversity: Diversity;
  lens: IssueLens[];
  tieBalance: TieBalance;
  brokerage: Metric<Brokerage>;
  groups: BridgedGroups;
  introductions: CandidateIntroductions;
}

/**
 * All metrics at once, for the UI to call once per change. The alter graph is built a single
 * time and shared, so 1,000 people and 3,000 ties take a few milliseconds.
 */
export function computeInsights(network: Network, options: CandidateOptions = {}): Insights {
  const steps = insightSteps(network, options);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * The same metrics as `computeInsights`, pausing (yielding) after each one, so that a caller can
 * spread a large map's metrics (about 100 ms at 30,000 people) over several short tasks and drop
 * the rest when the map changes again meanwhile.
 */
export function* insightSteps(
  network: Network,
  options: CandidateOptions = {},
): Generator<undefined, Insights> {
  const graph = buildAlterGraph(network);
  yield;
  const rings = sizeByRing(network);
  const contexts = sizeByContext(network);
  const growthByYear = growth(network);
  yield;
  const diversityIndex = diversity(network);
  const lens = diversityLens(network);
  yield;
  const balance = tieBalance(network, graph);
  const broker = brokerage(network, graph);
  yield;
  const groups = bridgedGroups(network, graph);
  yield;
  return {
    rings,
    contexts,
    growth: growthByYear,
    diversity: diversityIndex,
    lens,
    tieBalance: balance,
    brokerage: broker,
    groups,
    introductions: candidateIntroductions(network, options, graph),
  };
}
