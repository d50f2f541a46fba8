import * as v from 'valibot';
import { text } from '../schema/text';
import { int, object } from '../schema/json-values';
import { preferenceSchema } from '../network/person';
import { consentSchema } from './consent';
import { partyRefSchema, sameParty } from './party';

/** The two people an introduction connects. */
export const SIDES = ['a', 'b'] as const;
export type Side = (typeof SIDES)[number];

/** The side that is not `side`. */
export function otherSide(side: Side): Side {
  return side === 'a' ? 'b' : 'a';
}

/** How sensitive what the reader would share is (a contact, a problem, a confidence). */
export const sensitivitySchema = v.picklist(['low', 'medium', 'high', 'unknown']);
/** How far the reader trusts one side, 1 (barely) to 5 (completely), as on the map, or unknown. */
export const trustAnswerSchema = v.union([
  v.pipe(int(), v.minValue(1), v.maxValue(5)),
  v.literal('unknown'),
]);
/**
 * What the asker did with help before: `returned` it (credited, helped back), or `took-quiet`:
 * took the contacts and went quiet — the article's "exploit your relationships and ignore you".
 */
export const reciprocitySchema = v.picklist(['returned', 'unknown', 'took-quiet']);
/** The risk that the two deal directly afterwards and leave the reader out. */
export const bypassRiskSchema = v.picklist(['low', 'medium', 'high', 'unknown']);
/** What someone stands to gain: influence, goodwill, help. */
export const benefitSchema = v.picklist(['none', 'some', 'much', 'unknown']);
/** Whether the two already share a context (a workplace, an association…). */
export const sharedContextSchema = v.picklist(['yes', 'no', 'unknown']);
/** Who asked for the introduction; `reader` when it is the reader's own idea. */
export const askerSchema = v.picklist(['a', 'b', 'reader']);

export type Sensitivity = v.InferOutput<typeof sensitivitySchema>;
export type TrustAnswer = v.InferOutput<typeof trustAnswerSchema>;
export type Reciprocity = v.InferOutput<typeof reciprocitySchema>;
export type BypassRisk = v.InferOutput<typeof bypassRiskSchema>;
export type Benefit = v.InferOutput<typeof benefitSchema>;
export type SharedContext = v.InferOutput<typeof sharedContextSchema>;
export type Asker = v.InferOutput<typeof askerSchema>;

/**
 * One side as the weigher sees it. `preference` is the person's standing wish (stored on the map;
 * `ask` for typed names, the cautious default); `consent` is their answer about this introduction.
 */
export const weigherSideSchema = object({
  party: partyRefSchema,
  preference: v.optional(preferenceSchema, 'ask'),
  consent: v.optional(consentSchema, 'not-asked'),
  trust: v.optional(trustAnswerSchema, 'unknown'),
  benefit: v.optional(benefitSchema, 'unknown'),
});

export type WeigherSide = v.InferOutput<typeof weigherSideSchema>;

/**
 * Everything the reader answers in the weigher. Every answer but the two parties has a default, and
 * the defaults are `unknown`: the weigher names what is missing instead of guessing it.
 */
export const weigherInputSchema = v.pipe(
  object({
    a: weigherSideSchema,
    b: weigherSideSchema,
    asker: v.optional(askerSchema, 'reader'),
    purpose: v.optional(text(2000), ''),
    sensitivity: v.optional(sensitivitySchema, 'unknown'),
    /** About the asker; ignored when the introduction is the reader's own idea. */
    reciprocity: v.optional(reciprocitySchema, 'unknown'),
    bypassRisk: v.optional(bypassRiskSchema, 'unknown'),
    benefitReader: v.optional(benefitSchema, 'unknown'),
    sharedContext: v.optional(sharedContextSchema, 'unknown'),
  }),
  v.forward(
    v.check(
      (input) => !(input.a.party.kind === 'person' && sameParty(input.a.party, input.b.party)),
      'cannot introduce someone to themselves',
    ),
    ['b', 'party'],
  ),
);

export type WeigherInput = v.InferOutput<typeof weigherInputSchema>;
/** What a caller must give: the two parties; everything else defaults to unknown. */
export type WeigherInputDraft = v.InferInput<typeof weigherInputSchema>;

/**
 * The factors the weigher scores, in the order the "show the working" view lists them. The two
 * `preference` factors combine the stored preference and this introduction's consent.
 */
export const FACTOR_IDS = [
  'preferenceA',
  'preferenceB',
  'sensitivity',
  'trustA',
  'trustB',
  'reciprocity',
  'bypassRisk',
  'benefitA',
  'benefitB',
  'benefitReader',
  'sharedContext',
] as const;
export const factorIdSchema = v.picklist(FACTOR_IDS);
export type FactorId = v.InferOutput<typeof factorIdSchema>;
