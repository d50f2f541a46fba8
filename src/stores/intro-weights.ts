import { z } from 'zod/mini';
import {
  DEFAULT_WEIGHTS,
  sanitizeWeights,
  weightsSchema,
  type Weights,
} from '../lib/intro/weights';
import type { FactorId } from '../lib/intro/weigher-input';
import { persistentCollection } from './persistence';

/** Saved weights are read field by field: an odd value falls back to its default, never fails. */
const storedWeightsSchema = z.pipe(
  z.unknown(),
  z.transform((raw): Weights => sanitizeWeights(raw)),
);

const defaults = (): Weights => sanitizeWeights(DEFAULT_WEIGHTS);

/** The weights the reader set for the introduction weigher, kept in this browser. */
export const introWeights = persistentCollection<Weights>({
  name: 'intro-weights',
  version: 1,
  schema: storedWeightsSchema,
  initial: defaults,
});

/** The thresholds the reader can set, besides the factor weights. */
export type WeightThreshold = 'goAt' | 'stopBelow' | 'lowTrustMax' | 'minKnownShare';

/** Sets how much one factor counts; a value out of bounds is ignored. */
export function setFactorWeight(factor: FactorId, value: number): void {
  const current = introWeights.get();
  const next = { ...current, factors: { ...current.factors, [factor]: value } };
  if (weightsSchema.safeParse(next).success) introWeights.set(next);
}

/** Sets one threshold; a value out of bounds is ignored. */
export function setWeightThreshold(threshold: WeightThreshold, value: number): void {
  const next = { ...introWeights.get(), [threshold]: value };
  if (weightsSchema.safeParse(next).success) introWeights.set(next);
}

/** Puts every weight and threshold back to its default. */
export function resetWeights(): void {
  introWeights.set(defaults());
}
