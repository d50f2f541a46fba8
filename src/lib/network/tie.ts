import * as v from 'valibot';
import { filledText } from '../schema/text';
import { object } from '../schema/json-values';

export const TIE_STRENGTHS = ['weak', 'strong'] as const;
export const tieStrengthSchema = v.picklist(TIE_STRENGTHS);
export type TieStrength = v.InferOutput<typeof tieStrengthSchema>;

/**
 * Two people on the map who know each other. A tie is undirected: `a` and `b` are stored in
 * sorted order so that the same pair is never stored twice.
 */
export const tieSchema = object({
  a: filledText(100),
  b: filledText(100),
  strength: v.optional(tieStrengthSchema, 'weak'),
});

export type Tie = v.InferOutput<typeof tieSchema>;
