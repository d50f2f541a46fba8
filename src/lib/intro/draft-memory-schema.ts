import { z } from 'zod';
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
  preference: preferenceSchema.catch('ask'),
  trust: trustAnswerSchema.catch('unknown'),
  description: z.string().max(300).catch(''),
  viAddress: z.enum(VI_ADDRESSES).catch(DEFAULT_VI_ADDRESS),
});
export type PersonMemory = z.infer<typeof personMemorySchema>;

/** What one person said to, or stands to gain from, one particular introduction. */
export const partyInPairSchema = z.object({
  consent: consentSchema.catch('not-asked'),
  consentDate: isoDaySchema.or(z.literal('')).catch(''),
  benefit: benefitSchema.catch('unknown'),
});
export type PartyInPair = z.infer<typeof partyInPairSchema>;

/**
 * The answers about one introduction (one pair of people, in either order). `asker` is the key of
 * the person who asked for it, or `reader`, so that it follows the person and not the side.
 */
export const pairMemorySchema = z.object({
  purpose: z.string().max(2000).catch(''),
  asker: z.string().max(600).catch('reader'),
  sensitivity: sensitivitySchema.catch('unknown'),
  reciprocity: reciprocitySchema.catch('unknown'),
  bypassRisk: bypassRiskSchema.catch('unknown'),
  benefitReader: benefitSchema.catch('unknown'),
  sharedContext: sharedContextSchema.catch('unknown'),
  parties: z.record(z.string().max(600), partyInPairSchema).catch({}),
});
export type PairMemory = z.infer<typeof pairMemorySchema>;

/** Remembered answers, keyed by `partyKey` (people) and `pairKey` (introductions). */
export const draftMemorySchema = z.object({
  people: z.record(z.string().max(600), personMemorySchema).catch({}),
  pairs: z.record(z.string().max(1300), pairMemorySchema).catch({}),
});
export type DraftMemory = z.infer<typeof draftMemorySchema>;

export function emptyMemory(): DraftMemory {
  return { people: {}, pairs: {} };
}
