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
  const graph = buildAlterGraph(network);
  return {
    rings: sizeByRing(network),
    contexts: sizeByContext(network),
    growth: growth(network),
    diversity: diversity(network),
    lens: diversityLens(network),
    tieBalance: tieBalance(network, graph),
    brokerage: brokerage(network, graph),
    groups: bridgedGroups(network, graph),
    introductions: candidateIntroductions(network, options, graph),
  };
}
