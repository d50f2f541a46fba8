import * as v from 'valibot';
import {
  DEFAULT_WEIGHTS,
  sanitizeWeights,
  weightsSchema,
  type Weights,
} from '../lib/intro/weights';
import type { FactorId } from '../lib/intro/weigher-input';
import { persistentCollection } from './persistence';
import { routeThroughSample } from './sample-mode';

/** Saved weights are read field by field: an odd value falls back to its default, never fails. */
const storedWeightsSchema = v.pipe(
  v.unknown(),
  v.transform((raw): Weights => sanitizeWeights(raw)),
);

const defaults = (): Weights => sanitizeWeights(DEFAULT_WEIGHTS);

/** The weights the reader set for the introduction weigher, kept in this browser. */
export const introWeights = persistentCollection<Weights>({
  name: 'intro-weights',
  version: 1,
  schema: storedWeightsSchema,
  initial: defaults,
});

/**
 * Where changed weights go: the reader's, or while the sample network is on screen an in-memory
 * copy that starts from the reader's weights (the sample is judged by their standards) and is
 * dropped with the sample. Every action below writes through `weights()`.
 */
const weightsRoute = routeThroughSample(introWeights, (_language, own) => own);
const weights = weightsRoute.target;

/** The weights on screen: the reader's own, or the sample's copy while they explore it. */
export const weightsOnScreen = weightsRoute.shown;

/** The thresholds the reader can set, besides the factor weights. */
export type WeightThreshold = 'goAt' | 'stopBelow' | 'lowTrustMax' | 'minKnownShare';

/** Sets how much one factor counts; a value out of bounds is ignored. */
export function setFactorWeight(factor: FactorId, value: number): void {
  const store = weights();
  const current = store.get();
  const next = { ...current, factors: { ...current.factors, [factor]: value } };
  if (v.safeParse(weightsSchema, next).success) store.set(next);
}

/** Sets one threshold; a value out of bounds is ignored. */
export function setWeightThreshold(threshold: WeightThreshold, value: number): void {
  const store = weights();
  const next = { ...store.get(), [threshold]: value };
  if (v.safeParse(weightsSchema, next).success) store.set(next);
}

/** Puts every weight and threshold back to its default. */
export function resetWeights(): void {
  weights().set(defaults());
}
