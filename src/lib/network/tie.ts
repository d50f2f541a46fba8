import { z } from 'zod/mini';

export const TIE_STRENGTHS = ['weak', 'strong'] as const;
export const tieStrengthSchema = z.enum(TIE_STRENGTHS);
export type TieStrength = z.infer<typeof tieStrengthSchema>;

/**
 * Two people on the map who know each other. A tie is undirected: `a` and `b` are stored in
 * sorted order so that the same pair is never stored twice.
 */
export const tieSchema = z.object({
  a: z.string().check(z.minLength(1), z.maxLength(100)),
  b: z.string().check(z.minLength(1), z.maxLength(100)),
  strength: z._default(tieStrengthSchema, 'weak'),
});

export type Tie = z.infer<typeof tieSchema>;
