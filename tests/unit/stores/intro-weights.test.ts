// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../../src/lib/intro/weights';

async function load() {
  vi.resetModules();
  return import('../../../src/stores/intro-weights');
}

const stored = () =>
  JSON.parse(localStorage.getItem('syn:intro-weights') ?? 'null') as { data: unknown } | null;

beforeEach(() => localStorage.clear());

describe('introWeights', () => {
  it('starts at the defaults', async () => {
    expect((await load()).introWeights.get()).toEqual(DEFAULT_WEIGHTS);
  });

  it('keeps each valid saved value and puts each invalid one back to its default', async () => {
    localStorage.setItem(
      'syn:intro-weights',
      JSON.stringify({ v: 1, data: { goAt: 4, stopBelow: 3, factors: { trustA: 2, trustB: -1 } } }),
    );
    const weights = (await load()).introWeights.get();
    expect(weights.goAt).toBe(4);
    // stopBelow must be ≤ 0 and a weight ≥ 0: both fall back (sanitizeWeights).
    expect(weights.stopBelow).toBe(DEFAULT_WEIGHTS.stopBelow);
    expect(weights.factors.trustA).toBe(2);
    expect(weights.factors.trustB).toBe(DEFAULT_WEIGHTS.factors.trustB);
  });
});

describe('setFactorWeight', () => {
  it('saves a weight within bounds and ignores one outside them', async () => {
    const { setFactorWeight, introWeights } = await load();
    setFactorWeight('sensitivity', 3);
    setFactorWeight('sensitivity', 3.5);
    expect(introWeights.get().factors.sensitivity).toBe(3);
    expect(stored()?.data).toMatchObject({ factors: { sensitivity: 3 } });
  });
});

describe('setWeightThreshold', () => {
  it('saves a threshold within bounds and ignores one outside them', async () => {
    const { setWeightThreshold, introWeights } = await load();
    setWeightThreshold('goAt', 5);
    setWeightThreshold('stopBelow', 1);
    expect(introWeights.get()).toMatchObject({ goAt: 5, stopBelow: DEFAULT_WEIGHTS.stopBelow });
  });
});

describe('resetWeights', () => {
  it('puts every weight back to its default', async () => {
    const { setFactorWeight, resetWeights, introWeights } = await load();
    setFactorWeight('trustA', 0);
    resetWeights();
    expect(introWeights.get()).toEqual(DEFAULT_WEIGHTS);
    expect(stored()?.data).toEqual(DEFAULT_WEIGHTS);
  });
});
