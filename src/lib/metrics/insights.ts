import type { Network } from '../network/network';
import type { BridgedGroups } from './bridged-groups';
import type { Brokerage } from './brokerage';
import type { CandidateIntroductions, CandidateOptions } from './candidate-introductions';
import type { Diversity } from './diversity';
import type { IssueLens } from './diversity-lens';
import type { Growth } from './growth';
import { updateInsights } from './insights-update';
import type { ContextSizes, RingSizes } from './size';
import type { TieBalance } from './tie-balance';
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
 * The same metrics as `computeInsights`, pausing (yielding) between the costly ones, so that a
 * caller can spread a large map's metrics (about 100 ms at 30,000 people) over several short
 * tasks and drop the rest when the map changes again meanwhile. After an edit, `updateInsights`
 * works out only what the edit changed.
 */
export function* insightSteps(
  network: Network,
  options: CandidateOptions = {},
): Generator<undefined, Insights> {
  return (yield* updateInsights(undefined, network, options)).insights;
}
