import * as v from 'valibot';
import fc from 'fast-check';
import { PREFERENCES } from '../../../src/lib/network/person';
import { CONSENTS } from '../../../src/lib/intro/consent';
import { DEFAULT_WEIGHTS, type Weights } from '../../../src/lib/intro/weights';
import {
  FACTOR_IDS,
  weigherInputSchema,
  type WeigherInput,
  type WeigherInputDraft,
} from '../../../src/lib/intro/weigher-input';

/** Two map people, A = p1 and B = p2, with nothing else answered. */
export function blankInput(overrides: Partial<WeigherInputDraft> = {}): WeigherInput {
  return v.parse(weigherInputSchema, {
    a: { party: { kind: 'person', personId: 'p1' } },
    b: { party: { kind: 'person', personId: 'p2' } },
    ...overrides,
  });
}

/** Edits a raw input draft before it is parsed (tests set answers by name). */
export type InputChange = (draft: {
  a: Record<string, unknown>;
  b: Record<string, unknown>;
  [key: string]: unknown;
}) => void;

/**
 * A clearly good introduction under the default weights: both open, trust 4, low sensitivity, low
 * bypass risk, some benefit all round, a shared context, the reader's own idea. Score 5.25:
 * preferences 0.5 + 0.5, sensitivity 0.5 × 1.5 = 0.75, trust 0.5 + 0.5, bypass 0.5, benefits
 * 0.5 × 3, shared context 1 × 0.5.
 */
export function goodInput(change: InputChange = () => {}): WeigherInput {
  const draft = {
    a: { party: { kind: 'person', personId: 'p1' }, preference: 'open', trust: 4, benefit: 'some' },
    b: { party: { kind: 'person', personId: 'p2' }, preference: 'open', trust: 4, benefit: 'some' },
    asker: 'reader',
    sensitivity: 'low',
    bypassRisk: 'low',
    benefitReader: 'some',
    sharedContext: 'yes',
  };
  change(draft);
  return v.parse(weigherInputSchema, draft);
}

const sideArb = (personId: string) =>
  fc.record({
    party: fc.constant({ kind: 'person' as const, personId }),
    preference: fc.constantFrom(...PREFERENCES),
    consent: fc.constantFrom(...CONSENTS),
    trust: fc.constantFrom(1, 2, 3, 4, 5, 'unknown' as const),
    benefit: fc.constantFrom('none', 'some', 'much', 'unknown' as const),
  });

/** Any valid weigher input. */
export const inputArb: fc.Arbitrary<WeigherInput> = fc.record({
  a: sideArb('p1'),
  b: sideArb('p2'),
  asker: fc.constantFrom('a', 'b', 'reader' as const),
  purpose: fc.string({ maxLength: 40 }),
  sensitivity: fc.constantFrom('low', 'medium', 'high', 'unknown' as const),
  reciprocity: fc.constantFrom('returned', 'unknown', 'took-quiet' as const),
  bypassRisk: fc.constantFrom('low', 'medium', 'high', 'unknown' as const),
  benefitReader: fc.constantFrom('none', 'some', 'much', 'unknown' as const),
  sharedContext: fc.constantFrom('yes', 'no', 'unknown' as const),
});

const weight = fc.double({ min: 0, max: 3, noNaN: true });

/** Any weights within the documented bounds. */
export const weightsArb: fc.Arbitrary<Weights> = fc.record({
  factors: fc.record(
    Object.fromEntries(FACTOR_IDS.map((id) => [id, weight])) as Record<
      (typeof FACTOR_IDS)[number],
      typeof weight
    >,
  ),
  goAt: fc.double({ min: 0, max: 15, noNaN: true }),
  stopBelow: fc.double({ min: -15, max: 0, noNaN: true }),
  lowTrustMax: fc.integer({ min: 1, max: 4 }),
  minKnownShare: fc.double({ min: 0, max: 1, noNaN: true }),
});

/** Default weights with some fields replaced. */
export function weightsWith(change: Partial<Weights>): Weights {
  return {
    ...DEFAULT_WEIGHTS,
    ...change,
    factors: { ...DEFAULT_WEIGHTS.factors, ...change.factors },
  };
}
