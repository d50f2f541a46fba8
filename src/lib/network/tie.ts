import { z } from 'zod';

export const TIE_STRENGTHS = ['weak', 'strong'] as const;
export const tieStrengthSchema = z.enum(TIE_STRENGTHS);
export type TieStrength = z.infer<typeof tieStrengthSchema>;

/**
 * Two people on the map who know each other. A tie is undirected: `a` and `b` are stored in
 * sorted order so that the same pair is never stored twice.
 */
export const tieSchema = z.object({
  a: z.string().min(1).max(100),
  b: z.string().min(1).max(100),
  strength: tieStrengthSchema.default('weak'),
});

export type Tie = z.infer<typeof tieSchema>;
