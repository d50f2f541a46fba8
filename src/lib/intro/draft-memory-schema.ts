import { z } from 'zod/mini';
import { preferenceSchema } from '../network/person';
import { consentSchema } from './consent';
import { DEFAULT_VI_ADDRESS, VI_ADDRESSES } from './draft-templates';
import { isoDaySchema } from '../dates/iso-day';
import {
  benefitSchema,
  bypassRiskSchema,
  reciprocitySchema,
  sensitivitySchema,
  sharedContextSchema,
  trustAnswerSchema,
} from './weigher-input';

/**
 * What the reader said about one person, whichever introduction it was: their wish (for a typed
 * name; the map holds it otherwise), how far the reader trusts them, how to describe and address
 * them in a message.
 */
export const personMemorySchema = z.object({
  preference: z.catch(preferenceSchema, 'ask'),
  trust: z.catch(trustAnswerSchema, 'unknown'),
  description: z.catch(z.string().check(z.maxLength(300)), ''),
  viAddress: z.catch(z.enum(VI_ADDRESSES), DEFAULT_VI_ADDRESS),
});
export type PersonMemory = z.infer<typeof personMemorySchema>;

/** What one person said to, or stands to gain from, one particular introduction. */
export const partyInPairSchema = z.object({
  consent: z.catch(consentSchema, 'not-asked'),
  consentDate: z.catch(z.union([isoDaySchema, z.literal('')]), ''),
  benefit: z.catch(benefitSchema, 'unknown'),
});
export type PartyInPair = z.infer<typeof partyInPairSchema>;

/**
 * The answers about one introduction (one pair of people, in either order). `asker` is the key of
 * the person who asked for it, or `reader`, so that it follows the person and not the side.
 */
export const pairMemorySchema = z.object({
  purpose: z.catch(z.string().check(z.maxLength(2000)), ''),
  asker: z.catch(z.string().check(z.maxLength(600)), 'reader'),
  sensitivity: z.catch(sensitivitySchema, 'unknown'),
  reciprocity: z.catch(reciprocitySchema, 'unknown'),
  bypassRisk: z.catch(bypassRiskSchema, 'unknown'),
  benefitReader: z.catch(benefitSchema, 'unknown'),
  sharedContext: z.catch(sharedContextSchema, 'unknown'),
  parties: z.catch(z.record(z.string().check(z.maxLength(600)), partyInPairSchema), {}),
});
export type PairMemory = z.infer<typeof pairMemorySchema>;

/** Remembered answers, keyed by `partyKey` (people) and `pairKey` (introductions). */
export const draftMemorySchema = z.object({
  people: z.catch(z.record(z.string().check(z.maxLength(600)), personMemorySchema), {}),
  pairs: z.catch(z.record(z.string().check(z.maxLength(1300)), pairMemorySchema), {}),
});
export type DraftMemory = z.infer<typeof draftMemorySchema>;

export function emptyMemory(): DraftMemory {
  return { people: {}, pairs: {} };
}
