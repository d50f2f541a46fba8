import { z } from 'zod/mini';
import { consentSchema } from './consent';
import { isoDaySchema } from '../dates/iso-day';
import { partyRefSchema } from './party';

/** How an introduction turned out: a good result, nothing yet, or it went badly. */
export const OUTCOMES = ['good', 'pending', 'bad'] as const;
export const outcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof outcomeSchema>;

/**
 * Which way the introduction went: `given` when the reader introduced A and B; `received` when A
 * introduced the reader to B. Both are logged so the reciprocity tally can compare them.
 */
export const DIRECTIONS = ['given', 'received'] as const;
export const directionSchema = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof directionSchema>;

/** Whether the people involved acknowledged the introduction (thanked, credited, reported back). */
export const acknowledgedSchema = z.union([z.boolean(), z.literal('unknown')]);
export type Acknowledged = z.infer<typeof acknowledgedSchema>;

/**
 * One entry in the introduction log. Only `id`, the two people and the date are required; the rest
 * has defaults, so a quick entry ("introduced Minh to Lan today") is a valid record.
 */
export const introductionRecordSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** For `received`: the person who introduced the reader. */
  personA: partyRefSchema,
  /** For `received`: the person the reader was introduced to. */
  personB: partyRefSchema,
  direction: z._default(directionSchema, 'given'),
  purpose: z._default(z.string().check(z.maxLength(2000)), ''),
  date: isoDaySchema,
  consentA: z._default(consentSchema, 'not-asked'),
  consentB: z._default(consentSchema, 'not-asked'),
  /** The day the reader set each consent (asked, or heard the answer); absent when not known. */
  consentADate: z.optional(isoDaySchema),
  consentBDate: z.optional(isoDaySchema),
  followUp: z.optional(isoDaySchema),
  outcome: z._default(outcomeSchema, 'pending'),
  acknowledged: z._default(acknowledgedSchema, 'unknown'),
  notes: z._default(z.string().check(z.maxLength(20_000)), ''),
});

export type IntroductionRecord = z.infer<typeof introductionRecordSchema>;
/** What a caller gives to create a record; see `introductionRecordSchema` for the defaults. */
export type IntroductionRecordInput = z.input<typeof introductionRecordSchema>;

/** The whole log, in the order the reader added records. */
export const introductionLogSchema = z.array(introductionRecordSchema);
export type IntroductionLog = z.infer<typeof introductionLogSchema>;

/**
 * The lenient reading used when restoring saved data: the fields that identify a record must be
 * valid, every other field that is broken falls back to its default instead of losing the record.
 */
const restorableRecordSchema = z.extend(introductionRecordSchema, {
  direction: z.catch(directionSchema, 'given'),
  purpose: z.catch(z.string().check(z.maxLength(2000)), ''),
  consentA: z.catch(consentSchema, 'not-asked'),
  consentB: z.catch(consentSchema, 'not-asked'),
  consentADate: z.catch(z.optional(isoDaySchema), undefined),
  consentBDate: z.catch(z.optional(isoDaySchema), undefined),
  followUp: z.catch(z.optional(isoDaySchema), undefined),
  outcome: z.catch(outcomeSchema, 'pending'),
  acknowledged: z.catch(acknowledgedSchema, 'unknown'),
  notes: z.catch(z.string().check(z.maxLength(20_000)), ''),
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
    const parsed = restorableRecordSchema.safeParse(item);
    if (!parsed.success || seen.has(parsed.data.id)) {
      dropped.push(item);
      continue;
    }
    seen.add(parsed.data.id);
    log.push(withoutUndefined(parsed.data));
  }
  return { log, dropped };
}

/** A record without the optional keys that hold `undefined` (exactOptionalPropertyTypes). */
function withoutUndefined(record: IntroductionRecord): IntroductionRecord {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined),
  ) as IntroductionRecord;
}
