import { z } from 'zod';
import { partialDateSchema } from '../network/partial-date';
import { importWarningSchema, rejectedRowSchema } from './import-error';
import { dateRangeSchema, importedContactSchema, importFormatSchema } from './imported-contact';

/**
 * How a contact was recognised as someone already on the map, strongest first. `hidden-member`
 * pairs a LinkedIn member who hid their profile with one imported earlier on the same date, so
 * that importing the same file twice adds nobody.
 */
export const MATCH_RULES = ['profile-url', 'email', 'name-company', 'hidden-member'] as const;
export const matchRuleSchema = z.enum(MATCH_RULES);
export type MatchRule = z.infer<typeof matchRuleSchema>;

/** The empty fields of an existing person that a merge fills; nothing else is ever written. */
export const mergeFillsSchema = z
  .object({
    name: z.string(),
    company: z.string(),
    position: z.string(),
    email: z.string(),
    url: z.string(),
    since: partialDateSchema,
    notes: z.string(),
  })
  .partial();
export type MergeFills = z.infer<typeof mergeFillsSchema>;

/** A contact that matched an existing person and will fill some of their empty fields. */
export const plannedMergeSchema = z.object({
  line: z.number().int().positive(),
  personId: z.string(),
  matchedBy: matchRuleSchema,
  fills: mergeFillsSchema,
  /** The person gets the builtin `imported` context. */
  addsImportedContext: z.boolean(),
});
export type PlannedMerge = z.infer<typeof plannedMergeSchema>;

/**
 * What an import would do, computed without touching the map: the preview shows it and
 * `applyImportPlan` carries it out. Every contact of the file is in exactly one of `additions`,
 * `merges`, `unchanged` or `duplicatesInFile`.
 */
export const importPlanSchema = z.object({
  format: importFormatSchema,
  additions: z.array(importedContactSchema),
  merges: z.array(plannedMergeSchema),
  /** Matched people the file would not change. */
  unchanged: z.array(
    z.object({ line: z.number().int(), personId: z.string(), matchedBy: matchRuleSchema }),
  ),
  /** Contacts that repeat an earlier contact of the same file; they are skipped. */
  duplicatesInFile: z.array(
    z.object({ line: z.number().int(), firstLine: z.number().int(), matchedBy: matchRuleSchema }),
  ),
  /** New contacts whose name alone equals someone's on the map: the preview may ask. */
  possibleMatches: z.array(z.object({ line: z.number().int(), personIds: z.array(z.string()) })),
  rejected: z.array(rejectedRowSchema),
  dateRange: dateRangeSchema.nullable(),
  warnings: z.array(importWarningSchema),
  counts: z.object({
    inFile: z.number().int(),
    added: z.number().int(),
    merged: z.number().int(),
    unchanged: z.number().int(),
    duplicatesInFile: z.number().int(),
    rejected: z.number().int(),
    anonymous: z.number().int(),
  }),
  /** About how many characters the stored map grows by (see `estimateStoredChars`). */
  estimatedAddedChars: z.number().int().nonnegative(),
});
export type ImportPlan = z.infer<typeof importPlanSchema>;
