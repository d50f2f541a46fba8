import * as v from 'valibot';
import { int, object } from '../schema/json-values';
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
export const matchRuleSchema = v.picklist(MATCH_RULES);
export type MatchRule = v.InferOutput<typeof matchRuleSchema>;

/** The empty fields of an existing person that a merge fills; nothing else is ever written. */
export const mergeFillsSchema = v.partial(
  object({
    name: v.string(),
    company: v.string(),
    position: v.string(),
    email: v.string(),
    url: v.string(),
    since: partialDateSchema,
    notes: v.string(),
  }),
);
export type MergeFills = v.InferOutput<typeof mergeFillsSchema>;

/** A contact that matched an existing person and will fill some of their empty fields. */
export const plannedMergeSchema = object({
  line: v.pipe(int(), v.minValue(1)),
  personId: v.string(),
  matchedBy: matchRuleSchema,
  fills: mergeFillsSchema,
  /** The person gets the builtin `imported` context. */
  addsImportedContext: v.boolean(),
});
export type PlannedMerge = v.InferOutput<typeof plannedMergeSchema>;

/**
 * A contact with neither link nor e-mail whose name (and company and date, where both have them)
 * equals a person's on the map who has neither either: possibly the same person. The reader
 * chooses in the preview; `resolvePossibleMatches` turns the choice into a merge or an addition.
 */
export const possibleMatchSchema = object({
  line: v.pipe(int(), v.minValue(1)),
  personId: v.string(),
  contact: importedContactSchema,
  fills: mergeFillsSchema,
  addsImportedContext: v.boolean(),
});
export type PossibleMatch = v.InferOutput<typeof possibleMatchSchema>;

/** Why a contact is left out: an address without a name, or an organisation's card. */
export const SKIP_REASONS = ['no-name', 'organisation'] as const;
export const skippedContactSchema = object({
  line: v.pipe(int(), v.minValue(1)),
  reason: v.picklist(SKIP_REASONS),
  /** The address or the organisation's name, to show in the preview. */
  label: v.string(),
});
export type SkippedContact = v.InferOutput<typeof skippedContactSchema>;

/**
 * What an import would do, computed without touching the map: the preview shows it and
 * `applyImportPlan` carries it out. Every contact of the file is in exactly one of `additions`,
 * `merges`, `unchanged`, `duplicatesInFile`, `possibleMatches` or `skipped`.
 */
export const importPlanSchema = object({
  format: importFormatSchema,
  additions: v.array(importedContactSchema),
  merges: v.array(plannedMergeSchema),
  /** Matched people the file would not change. */
  unchanged: v.array(object({ line: int(), personId: v.string(), matchedBy: matchRuleSchema })),
  /** Contacts that repeat an earlier contact of the same file; they are skipped. */
  duplicatesInFile: v.array(object({ line: int(), firstLine: int(), matchedBy: matchRuleSchema })),
  /** Name-only contacts that are possibly someone on the map: the preview asks. */
  possibleMatches: v.array(possibleMatchSchema),
  /** Contacts left out: addresses without a name, organisations. */
  skipped: v.array(skippedContactSchema),
  rejected: v.array(rejectedRowSchema),
  dateRange: v.nullable(dateRangeSchema),
  warnings: v.array(importWarningSchema),
  counts: object({
    inFile: int(),
    added: int(),
    merged: int(),
    unchanged: int(),
    duplicatesInFile: int(),
    possiblySame: int(),
    skippedNoName: int(),
    skippedOrganisations: int(),
    rejected: int(),
    anonymous: int(),
  }),
  /** About how many characters the stored map grows by (see `estimateStoredChars`). */
  estimatedAddedChars: v.pipe(int(), v.minValue(0)),
});
export type ImportPlan = v.InferOutput<typeof importPlanSchema>;
