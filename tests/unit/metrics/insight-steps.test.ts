import { describe, expect, it } from 'vitest';
import { computeInsights, insightSteps } from '../../../src/lib/metrics/insights';
import { emptyNetwork } from '../../../src/lib/network/network';
import { largeNetwork } from './large-network';

describe('insightSteps', () => {
  it('gives the same figures as computeInsights, pausing between the metrics', () => {
    const network = largeNetwork(300, 600);
    const steps = insightSteps(network);
    let pauses = 0;
    let step = steps.next();
    while (step.done !== true) {
      pauses += 1;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThan(2);
    expect(step.value).toEqual(computeInsights(network));
  });

  it('works on an empty map', () => {
    const steps = insightSteps(emptyNetwork());
    let step = steps.next();
    while (step.done !== true) step = steps.next();
    expect(step.value.rings.total).toBe(0);
  });
});
