import * as v from 'valibot';
import { text } from '../schema/text';
import { object, record } from '../schema/json-values';
import { preferenceSchema } from '../network/person';
import { consentSchema } from './consent';
import { DEFAULT_VI_ADDRESS, VI_ADDRESSES } from './vi-address';
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
export const personMemorySchema = object({
  preference: v.fallback(preferenceSchema, 'ask'),
  trust: v.fallback(trustAnswerSchema, 'unknown'),
  description: v.fallback(text(300), ''),
  viAddress: v.fallback(v.picklist(VI_ADDRESSES), DEFAULT_VI_ADDRESS),
});
export type PersonMemory = v.InferOutput<typeof personMemorySchema>;

/** What one person said to, or stands to gain from, one particular introduction. */
export const partyInPairSchema = object({
  consent: v.fallback(consentSchema, 'not-asked'),
  consentDate: v.fallback(v.union([isoDaySchema, v.literal('')]), ''),
  benefit: v.fallback(benefitSchema, 'unknown'),
});
export type PartyInPair = v.InferOutput<typeof partyInPairSchema>;

/**
 * The answers about one introduction (one pair of people, in either order). `asker` is the key of
 * the person who asked for it, or `reader`, so that it follows the person and not the side.
 */
export const pairMemorySchema = object({
  purpose: v.fallback(text(2000), ''),
  asker: v.fallback(text(600), 'reader'),
  sensitivity: v.fallback(sensitivitySchema, 'unknown'),
  reciprocity: v.fallback(reciprocitySchema, 'unknown'),
  bypassRisk: v.fallback(bypassRiskSchema, 'unknown'),
  benefitReader: v.fallback(benefitSchema, 'unknown'),
  sharedContext: v.fallback(sharedContextSchema, 'unknown'),
  parties: v.fallback(record(text(600), partyInPairSchema), {}),
});
export type PairMemory = v.InferOutput<typeof pairMemorySchema>;

/** Remembered answers, keyed by `partyKey` (people) and `pairKey` (introductions). */
export const draftMemorySchema = object({
  people: v.fallback(record(text(600), personMemorySchema), {}),
  pairs: v.fallback(record(text(1300), pairMemorySchema), {}),
});
export type DraftMemory = v.InferOutput<typeof draftMemorySchema>;

export function emptyMemory(): DraftMemory {
  return { people: {}, pairs: {} };
}
