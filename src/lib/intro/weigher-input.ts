import { z } from 'zod/mini';
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
export const sensitivitySchema = z.enum(['low', 'medium', 'high', 'unknown']);
/** How far the reader trusts one side, 1 (barely) to 5 (completely), as on the map, or unknown. */
export const trustAnswerSchema = z.union([
  z.int().check(z.minimum(1), z.maximum(5)),
  z.literal('unknown'),
]);
/**
 * What the asker did with help before: `returned` it (credited, helped back), or `took-quiet`:
 * took the contacts and went quiet — the article's "exploit your relationships and ignore you".
 */
export const reciprocitySchema = z.enum(['returned', 'unknown', 'took-quiet']);
/** The risk that the two deal directly afterwards and leave the reader out. */
export const bypassRiskSchema = z.enum(['low', 'medium', 'high', 'unknown']);
/** What someone stands to gain: influence, goodwill, help. */
export const benefitSchema = z.enum(['none', 'some', 'much', 'unknown']);
/** Whether the two already share a context (a workplace, an association…). */
export const sharedContextSchema = z.enum(['yes', 'no', 'unknown']);
/** Who asked for the introduction; `reader` when it is the reader's own idea. */
export const askerSchema = z.enum(['a', 'b', 'reader']);

export type Sensitivity = z.infer<typeof sensitivitySchema>;
export type TrustAnswer = z.infer<typeof trustAnswerSchema>;
export type Reciprocity = z.infer<typeof reciprocitySchema>;
export type BypassRisk = z.infer<typeof bypassRiskSchema>;
export type Benefit = z.infer<typeof benefitSchema>;
export type SharedContext = z.infer<typeof sharedContextSchema>;
export type Asker = z.infer<typeof askerSchema>;

/**
 * One side as the weigher sees it. `preference` is the person's standing wish (stored on the map;
 * `ask` for typed names, the cautious default); `consent` is their answer about this introduction.
 */
export const weigherSideSchema = z.object({
  party: partyRefSchema,
  preference: z._default(preferenceSchema, 'ask'),
  consent: z._default(consentSchema, 'not-asked'),
  trust: z._default(trustAnswerSchema, 'unknown'),
  benefit: z._default(benefitSchema, 'unknown'),
});

export type WeigherSide = z.infer<typeof weigherSideSchema>;

/**
 * Everything the reader answers in the weigher. Every answer but the two parties has a default, and
 * the defaults are `unknown`: the weigher names what is missing instead of guessing it.
 */
export const weigherInputSchema = z
  .object({
    a: weigherSideSchema,
    b: weigherSideSchema,
    asker: z._default(askerSchema, 'reader'),
    purpose: z._default(z.string().check(z.maxLength(2000)), ''),
    sensitivity: z._default(sensitivitySchema, 'unknown'),
    /** About the asker; ignored when the introduction is the reader's own idea. */
    reciprocity: z._default(reciprocitySchema, 'unknown'),
    bypassRisk: z._default(bypassRiskSchema, 'unknown'),
    benefitReader: z._default(benefitSchema, 'unknown'),
    sharedContext: z._default(sharedContextSchema, 'unknown'),
  })
  .check(
    z.refine(
      (input) => !(input.a.party.kind === 'person' && sameParty(input.a.party, input.b.party)),
      {
        message: 'cannot introduce someone to themselves',
        path: ['b', 'party'],
      },
    ),
  );

export type WeigherInput = z.infer<typeof weigherInputSchema>;
/** What a caller must give: the two parties; everything else defaults to unknown. */
export type WeigherInputDraft = z.input<typeof weigherInputSchema>;

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
export const factorIdSchema = z.enum(FACTOR_IDS);
export type FactorId = z.infer<typeof factorIdSchema>;
