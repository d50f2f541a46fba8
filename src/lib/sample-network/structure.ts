import type { BuiltinContext, Preference, Ring } from '../network/person';
import type { TieStrength } from '../network/tie';

/**
 * The shape of the sample network, shared by every language so that the Vietnamese reader in Đà
 * Nẵng and the English one in Leeds see the same structure: five groups of people who mostly know
 * each other, two weak ties that bridge two pairs of groups, and one group on its own.
 *
 *   workplace (w1–w7) ── w7 · s1 ── school alumni (s1–s6)
 *   family (f1–f6)    ── f6 · h1 ── hometown association (h1–h5)
 *   online design group (o1–o6), linked to nobody else but the reader
 */
export interface SampleShape {
  id: string;
  context: BuiltinContext;
  ring: Ring;
  trust: number;
  preference: Preference;
}

const shape = (
  id: string,
  context: BuiltinContext,
  ring: Ring,
  trust: number,
  preference: Preference = 'ask',
): SampleShape => ({ id, context, ring, trust, preference });

/** The 30 people, in map order. */
export const SAMPLE_PEOPLE: readonly SampleShape[] = [
  shape('w1', 'workplace', 'close', 4, 'open'),
  shape('w2', 'workplace', 'close', 4),
  shape('w3', 'workplace', 'wider', 3, 'open'),
  shape('w4', 'workplace', 'wider', 3),
  shape('w5', 'workplace', 'wider', 3),
  shape('w6', 'workplace', 'acquaintance', 2, 'no'),
  shape('w7', 'workplace', 'wider', 3, 'open'),
  shape('s1', 'school', 'wider', 4, 'open'),
  shape('s2', 'school', 'close', 4),
  shape('s3', 'school', 'acquaintance', 3),
  shape('s4', 'school', 'acquaintance', 3, 'open'),
  shape('s5', 'school', 'acquaintance', 2),
  shape('s6', 'school', 'acquaintance', 2),
  shape('h1', 'community', 'wider', 3, 'open'),
  shape('h2', 'community', 'acquaintance', 3),
  shape('h3', 'community', 'acquaintance', 3),
  shape('h4', 'community', 'acquaintance', 2),
  shape('h5', 'community', 'acquaintance', 3, 'open'),
  shape('f1', 'family', 'inner', 5),
  shape('f2', 'family', 'inner', 5),
  shape('f3', 'family', 'inner', 5, 'open'),
  shape('f4', 'family', 'close', 5),
  shape('f5', 'family', 'close', 4),
  shape('f6', 'family', 'wider', 4, 'open'),
  shape('o1', 'online', 'acquaintance', 2, 'open'),
  shape('o2', 'online', 'acquaintance', 2),
  shape('o3', 'online', 'wider', 3, 'open'),
  shape('o4', 'online', 'acquaintance', 2),
  shape('o5', 'online', 'acquaintance', 2),
  shape('o6', 'online', 'acquaintance', 1, 'no'),
];

/** Who knows whom among the 30 (the reader knows them all). */
export const SAMPLE_TIES: readonly (readonly [string, string, TieStrength])[] = [
  // Colleagues: a team that works closely, so news goes round it in a few steps.
  ['w1', 'w2', 'strong'],
  ['w1', 'w3', 'strong'],
  ['w2', 'w3', 'weak'],
  ['w2', 'w4', 'weak'],
  ['w3', 'w4', 'weak'],
  ['w2', 'w5', 'weak'],
  ['w4', 'w5', 'weak'],
  ['w4', 'w6', 'weak'],
  ['w5', 'w6', 'weak'],
  ['w5', 'w7', 'weak'],
  ['w6', 'w7', 'weak'],
  // Alumni group.
  ['s1', 's2', 'strong'],
  ['s1', 's3', 'weak'],
  ['s2', 's3', 'weak'],
  ['s3', 's4', 'weak'],
  ['s3', 's5', 'weak'],
  ['s4', 's5', 'weak'],
  ['s4', 's6', 'weak'],
  ['s5', 's6', 'weak'],
  // Hometown association.
  ['h1', 'h2', 'weak'],
  ['h1', 'h3', 'weak'],
  ['h2', 'h3', 'weak'],
  ['h3', 'h4', 'weak'],
  ['h3', 'h5', 'weak'],
  ['h4', 'h5', 'weak'],
  // Family.
  ['f1', 'f2', 'strong'],
  ['f1', 'f3', 'strong'],
  ['f2', 'f3', 'strong'],
  ['f3', 'f4', 'strong'],
  ['f3', 'f5', 'weak'],
  ['f4', 'f5', 'weak'],
  ['f4', 'f6', 'strong'],
  ['f5', 'f6', 'weak'],
  // Online design group.
  ['o1', 'o2', 'weak'],
  ['o1', 'o3', 'weak'],
  ['o2', 'o3', 'weak'],
  ['o3', 'o4', 'weak'],
  ['o4', 'o5', 'weak'],
  ['o4', 'o6', 'weak'],
  ['o5', 'o6', 'weak'],
  // The two bridges, both weak ties, as Granovetter (1973) would expect of a bridge.
  ['w7', 's1', 'weak'],
  ['f6', 'h1', 'weak'],
];
