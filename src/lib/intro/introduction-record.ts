import * as v from 'valibot';
import { filledText, text } from '../schema/text';
import { object } from '../schema/json-values';
import { consentSchema } from './consent';
import { isoDaySchema } from '../dates/iso-day';
import { partyRefSchema } from './party';

/** How an introduction turned out: a good result, nothing yet, or it went badly. */
export const OUTCOMES = ['good', 'pending', 'bad'] as const;
export const outcomeSchema = v.picklist(OUTCOMES);
export type Outcome = v.InferOutput<typeof outcomeSchema>;

/**
 * Which way the introduction went: `given` when the reader introduced A and B; `received` when A
 * introduced the reader to B. Both are logged so the reciprocity tally can compare them.
 */
export const DIRECTIONS = ['given', 'received'] as const;
export const directionSchema = v.picklist(DIRECTIONS);
export type Direction = v.InferOutput<typeof directionSchema>;

/** Whether the people involved acknowledged the introduction (thanked, credited, reported back). */
export const acknowledgedSchema = v.union([v.boolean(), v.literal('unknown')]);
export type Acknowledged = v.InferOutput<typeof acknowledgedSchema>;

/**
 * One entry in the introduction log. Only `id`, the two people and the date are required; the rest
 * has defaults, so a quick entry ("introduced Minh to Lan today") is a valid record.
 */
export const introductionRecordSchema = object({
  id: filledText(100),
  /** For `received`: the person who introduced the reader. */
  personA: partyRefSchema,
  /** For `received`: the person the reader was introduced to. */
  personB: partyRefSchema,
  direction: v.optional(directionSchema, 'given'),
  purpose: v.optional(text(2000), ''),
  date: isoDaySchema,
  consentA: v.optional(consentSchema, 'not-asked'),
  consentB: v.optional(consentSchema, 'not-asked'),
  /** The day the reader set each consent (asked, or heard the answer); absent when not known. */
  consentADate: v.optional(isoDaySchema),
  consentBDate: v.optional(isoDaySchema),
  followUp: v.optional(isoDaySchema),
  outcome: v.optional(outcomeSchema, 'pending'),
  acknowledged: v.optional(acknowledgedSchema, 'unknown'),
  notes: v.optional(text(20_000), ''),
});

export type IntroductionRecord = v.InferOutput<typeof introductionRecordSchema>;
/** What a caller gives to create a record; see `introductionRecordSchema` for the defaults. */
export type IntroductionRecordInput = v.InferInput<typeof introductionRecordSchema>;

/** The whole log, in the order the reader added records. */
export const introductionLogSchema = v.array(introductionRecordSchema);
export type IntroductionLog = v.InferOutput<typeof introductionLogSchema>;

/**
 * The lenient reading used when restoring saved data: the fields that identify a record must be
 * valid, every other field that is broken falls back to its default instead of losing the record.
 */
const restorableRecordSchema = object({
  ...introductionRecordSchema.entries,
  direction: v.fallback(directionSchema, 'given'),
  purpose: v.fallback(text(2000), ''),
  consentA: v.fallback(consentSchema, 'not-asked'),
  consentB: v.fallback(consentSchema, 'not-asked'),
  consentADate: v.fallback(v.optional(isoDaySchema), undefined),
  consentBDate: v.fallback(v.optional(isoDaySchema), undefined),
  followUp: v.fallback(v.optional(isoDaySchema), undefined),
  outcome: v.fallback(outcomeSchema, 'pending'),
  acknowledged: v.fallback(acknowledgedSchema, 'unknown'),
  notes: v.fallback(text(20_000), ''),
});

/** The result of restoring a saved log: what could be read, and the raw items that could not. */
export interface RestoredLog {
  log: IntroductionLog;
  /** Items dropped (unreadable, or a repeated id), byte for byte as they were, for the caller to keep. */
  dropped: unknown[];
}

/**
 * Reads a saved log without ever throwing. Records missing an id, a person or a valid date are
 * dropped; other broken fields are reset to their defaults; a later record repeating an id is
 * dropped so that updates and undo always find one record. Anything that is not an array restores as
 * an empty log with the whole value in `dropped`.
 */
export function restoreIntroductionLog(raw: unknown): RestoredLog {
  if (!Array.isArray(raw)) return { log: [], dropped: raw === undefined ? [] : [raw] };
  const log: IntroductionLog = [];
  const dropped: unknown[] = [];
  const seen = new Set<string>();
  for (const item of raw as unknown[]) {
    const parsed = v.safeParse(restorableRecordSchema, item);
    if (!parsed.success || seen.has(parsed.output.id)) {
      dropped.push(item);
      continue;
    }
    seen.add(parsed.output.id);
    log.push(withoutUndefined(parsed.output));
  }
  return { log, dropped };
}

/** A record without the optional keys that hold `undefined` (exactOptionalPropertyTypes). */
function withoutUndefined(record: IntroductionRecord): IntroductionRecord {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined),
  ) as IntroductionRecord;
}
