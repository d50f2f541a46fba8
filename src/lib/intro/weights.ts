import * as v from 'valibot';
import { int, number, object } from '../schema/json-values';
import { FACTOR_IDS, type FactorId } from './weigher-input';

/** How much one factor counts: 0 ignores it, 3 makes it count three times as much as the default 1. */
const factorWeightSchema = v.pipe(number(), v.minValue(0), v.maxValue(3));

/**
 * The reader-adjustable weights. The bounds keep `stopBelow <= 0 <= goAt`, so the three verdict
 * bands can never overlap whatever the reader sets. No weight can override the hard rules (a "no"
 * always wins): they are applied before any weighing.
 */
export const weightsSchema = object({
  factors: object(
    Object.fromEntries(FACTOR_IDS.map((id) => [id, factorWeightSchema])) as Record<
      FactorId,
      typeof factorWeightSchema
    >,
  ),
  /** A weighted score at or above this recommends a double opt-in. */
  goAt: v.pipe(number(), v.minValue(0), v.maxValue(15)),
  /** A weighted score below this recommends not introducing. */
  stopBelow: v.pipe(number(), v.minValue(-15), v.maxValue(0)),
  /** Trust at or below this, on either side, rules out sharing something highly sensitive. */
  lowTrustMax: v.pipe(int(), v.minValue(1), v.maxValue(4)),
  /**
   * The share of the total weight that must be answered (not unknown) before the weigher will
   * recommend going ahead; below it, the best it says is "ask first".
   */
  minKnownShare: v.pipe(number(), v.minValue(0), v.maxValue(1)),
});

export type Weights = v.InferOutput<typeof weightsSchema>;

/**
 * The default weights. Sensitivity and reciprocity weigh 1.5 because they carry the article's two
 * warnings (privacy, and being used then ignored); shared context only 0.5 because it makes an
 * introduction easier rather than more or less right. With these, an introduction both sides are
 * open to, with some benefit all round and nothing against it, scores about 4–5; `goAt` 2.5 asks for
 * clearly more for than against, and `stopBelow` 0 stops when the balance is negative.
 */
export const DEFAULT_WEIGHTS: Weights = Object.freeze({
  factors: Object.freeze({
    preferenceA: 1,
    preferenceB: 1,
    sensitivity: 1.5,
    trustA: 1,
    trustB: 1,
    reciprocity: 1.5,
    bypassRisk: 1,
    benefitA: 1,
    benefitB: 1,
    benefitReader: 1,
    sharedContext: 0.5,
  }),
  goAt: 2.5,
  stopBelow: 0,
  lowTrustMax: 2,
  minKnownShare: 0.5,
});

function field<T>(schema: v.GenericSchema<unknown, T>, value: unknown, fallback: T): T {
  const parsed = v.safeParse(schema, value);
  return parsed.success ? parsed.output : fallback;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/**
 * Reads weights the reader saved, field by field: each valid field is kept, each missing or invalid
 * one (out of bounds, NaN, wrong type) falls back to its default. Never throws. Only known keys are
 * read, so stray keys such as `__proto__` never reach the result.
 * @example sanitizeWeights({ goAt: 3, stopBelow: 'x' }) // goAt 3, every other field the default
 */
export function sanitizeWeights(raw: unknown): Weights {
  const record = asRecord(raw);
  const factors = asRecord(Object.hasOwn(record, 'factors') ? record['factors'] : undefined);
  const shape = weightsSchema.entries;
  return {
    factors: Object.fromEntries(
      FACTOR_IDS.map((id) => [
        id,
        field(
          factorWeightSchema,
          Object.hasOwn(factors, id) ? factors[id] : undefined,
          DEFAULT_WEIGHTS.factors[id],
        ),
      ]),
    ) as Weights['factors'],
    goAt: field(shape.goAt, record['goAt'], DEFAULT_WEIGHTS.goAt),
    stopBelow: field(shape.stopBelow, record['stopBelow'], DEFAULT_WEIGHTS.stopBelow),
    lowTrustMax: field(shape.lowTrustMax, record['lowTrustMax'], DEFAULT_WEIGHTS.lowTrustMax),
    minKnownShare: field(
      shape.minKnownShare,
      record['minKnownShare'],
      DEFAULT_WEIGHTS.minKnownShare,
    ),
  };
}
