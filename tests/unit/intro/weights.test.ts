import * as v from 'valibot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, sanitizeWeights, weightsSchema } from '../../../src/lib/intro/weights';

describe('DEFAULT_WEIGHTS', () => {
  it('is valid under its own schema and keeps the verdict bands apart', () => {
    expect(v.safeParse(weightsSchema, DEFAULT_WEIGHTS).success).toBe(true);
    expect(DEFAULT_WEIGHTS.stopBelow).toBeLessThanOrEqual(DEFAULT_WEIGHTS.goAt);
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_WEIGHTS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_WEIGHTS.factors)).toBe(true);
  });
});

describe('weightsSchema', () => {
  it.each([
    ['a negative factor weight', { factors: { ...DEFAULT_WEIGHTS.factors, trustA: -1 } }],
    ['a factor weight above 3', { factors: { ...DEFAULT_WEIGHTS.factors, trustA: 3.5 } }],
    ['a negative goAt', { goAt: -1 }],
    ['a positive stopBelow', { stopBelow: 1 }],
    ['a fractional lowTrustMax', { lowTrustMax: 2.5 }],
    ['a minKnownShare above 1', { minKnownShare: 1.2 }],
    ['NaN', { goAt: Number.NaN }],
    ['Infinity', { goAt: Number.POSITIVE_INFINITY }],
  ])('rejects %s', (_case, change) => {
    expect(v.safeParse(weightsSchema, { ...DEFAULT_WEIGHTS, ...change }).success).toBe(false);
  });
});

describe('sanitizeWeights', () => {
  it('keeps every valid field the reader set', () => {
    const weights = sanitizeWeights({
      factors: { ...DEFAULT_WEIGHTS.factors, reciprocity: 3, sharedContext: 0 },
      goAt: 4,
      stopBelow: -1,
      lowTrustMax: 3,
      minKnownShare: 0.7,
    });
    expect(weights.factors.reciprocity).toBe(3);
    expect(weights.factors.sharedContext).toBe(0);
    expect(weights).toMatchObject({ goAt: 4, stopBelow: -1, lowTrustMax: 3, minKnownShare: 0.7 });
  });

  it('replaces only the invalid fields with their defaults', () => {
    const weights = sanitizeWeights({
      factors: { trustA: 2, trustB: 'heavy', sensitivity: 9 },
      goAt: 3,
      stopBelow: 5,
      lowTrustMax: null,
    });
    expect(weights.factors.trustA).toBe(2);
    expect(weights.factors.trustB).toBe(DEFAULT_WEIGHTS.factors.trustB);
    expect(weights.factors.sensitivity).toBe(DEFAULT_WEIGHTS.factors.sensitivity);
    expect(weights.factors.benefitA).toBe(DEFAULT_WEIGHTS.factors.benefitA);
    expect(weights.goAt).toBe(3);
    expect(weights.stopBelow).toBe(DEFAULT_WEIGHTS.stopBelow);
    expect(weights.lowTrustMax).toBe(DEFAULT_WEIGHTS.lowTrustMax);
  });

  it.each([undefined, null, 42, 'weights', [], [1, 2]])('gives the defaults for %s', (raw) => {
    expect(sanitizeWeights(raw)).toEqual(DEFAULT_WEIGHTS);
  });

  it('ignores stray keys, __proto__ included', () => {
    const raw = JSON.parse(
      '{"__proto__": {"goAt": 9}, "factors": {"__proto__": {"trustA": 3}}, "extra": 1}',
    ) as unknown;
    const weights = sanitizeWeights(raw);
    expect(weights).toEqual(DEFAULT_WEIGHTS);
    expect(Object.keys(weights)).toEqual([
      'factors',
      'goAt',
      'stopBelow',
      'lowTrustMax',
      'minKnownShare',
    ]);
  });

  it('always returns valid weights and never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(v.safeParse(weightsSchema, sanitizeWeights(raw)).success).toBe(true);
      }),
    );
    fc.assert(
      fc.property(
        fc.record({ factors: fc.dictionary(fc.string(), fc.anything()), goAt: fc.anything() }),
        (raw) => {
          expect(v.safeParse(weightsSchema, sanitizeWeights(raw)).success).toBe(true);
        },
      ),
    );
  });
});
