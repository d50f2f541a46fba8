import { z } from 'zod/mini';
import { partialDateSchema } from '../dates/partial-date';
import { importWarningSchema, rejectedRowSchema } from './import-error';
import { dateRangeSchema, importedContactSchema, importFormatSchema } from './imported-contact';

/**
 * How a contact was recognised as someone already on the map, strongest first. `hidden-member`
 * pairs a LinkedIn member who hid their profile with one imported earlier on the same date, so
 * that importing the same file twice adds nobody. `confirmed-name`: a name-only contact the
 * reader confirmed, in the preview, as a person already on the map. (`name-company` is the
 * backup's merge rule; the import never matches on a name by itself.)
 */
export const MATCH_RULES = [
  'profile-url',
  'email',
  'name-company',
  'hidden-member',
  'confirmed-name',
] as const;
export const matchRuleSchema = z.enum(MATCH_RULES);
export type MatchRule = z.infer<typeof matchRuleSchema>;

/** The empty fields of an existing person that a merge fills; nothing else is ever written. */
export const mergeFillsSchema = z.partial(
  z.object({
    name: z.string(),
    company: z.string(),
    position: z.string(),
    email: z.string(),
    url: z.string(),
    since: partialDateSchema,
    notes: z.string(),
  }),
);
export type MergeFills = z.infer<typeof mergeFillsSchema>;

/** A contact that matched an existing person and will fill some of their empty fields. */
export const plannedMergeSchema = z.object({
  line: z.int().check(z.positive()),
  personId: z.string(),
  matchedBy: matchRuleSchema,
  fills: mergeFillsSchema,
  /** The person gets the builtin `imported` context. */
  addsImportedContext: z.boolean(),
});
export type PlannedMerge = z.infer<typeof plannedMergeSchema>;

/**
 * A contact with neither link nor e-mail whose name (and company and date, where both have them)
 * equals a person's on the map who has neither either: possibly the same person. The reader
 * chooses in the preview; `resolvePossibleMatches` turns the choice into a merge or an addition.
 */
export const possibleMatchSchema = z.object({
  line: z.int().check(z.positive()),
  personId: z.string(),
  contact: importedContactSchema,
  fills: mergeFillsSchema,
  addsImportedContext: z.boolean(),
});
export type PossibleMatch = z.infer<typeof possibleMatchSchema>;

/** Why a contact is left out: an address without a name, or an organisation's card. */
export const SKIP_REASONS = ['no-name', 'organisation'] as const;
export const skippedContactSchema = z.object({
  line: z.int().check(z.positive()),
  reason: z.enum(SKIP_REASONS),
  /** The address or the organisation's name, to show in the preview. */
  label: z.string(),
});
export type SkippedContact = z.infer<typeof skippedContactSchema>;

/**
 * What an import would do, computed without touching the map: the preview shows it and
 * `applyImportPlan` carries it out. Every contact of the file is in exactly one of `additions`,
 * `merges`, `unchanged`, `duplicatesInFile`, `possibleMatches` or `skipped`.
 */
export const importPlanSchema = z.object({
  format: importFormatSchema,
  additions: z.array(importedContactSchema),
  merges: z.array(plannedMergeSchema),
  /** Matched people the file would not change. */
  unchanged: z.array(z.object({ line: z.int(), personId: z.string(), matchedBy: matchRuleSchema })),
  /** Contacts that repeat an earlier contact of the same file; they are skipped. */
  duplicatesInFile: z.array(
    z.object({ line: z.int(), firstLine: z.int(), matchedBy: matchRuleSchema }),
  ),
  /** Name-only contacts that are possibly someone on the map: the preview asks. */
  possibleMatches: z.array(possibleMatchSchema),
  /** Contacts left out: addresses without a name, organisations. */
  skipped: z.array(skippedContactSchema),
  rejected: z.array(rejectedRowSchema),
  dateRange: z.nullable(dateRangeSchema),
  warnings: z.array(importWarningSchema),
  counts: z.object({
    inFile: z.int(),
    added: z.int(),
    merged: z.int(),
    unchanged: z.int(),
    duplicatesInFile: z.int(),
    possiblySame: z.int(),
    skippedNoName: z.int(),
    skippedOrganisations: z.int(),
    rejected: z.int(),
    anonymous: z.int(),
  }),
  /** About how many characters the stored map grows by (see `estimateStoredChars`). */
  estimatedAddedChars: z.int().check(z.nonnegative()),
});
export type ImportPlan = z.infer<typeof importPlanSchema>;
