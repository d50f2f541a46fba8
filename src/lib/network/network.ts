import * as v from 'valibot';
import { filledText } from '../schema/text';
import { object } from '../schema/json-values';
import { personSchema } from './person';
import { tieSchema } from './tie';
import { customContextSchema } from './context';

/** The most issues a map keeps (the lens's form says so before the schema would drop more). */
export const MAX_ISSUES = 50;

/**
 * The reader's whole map: the people, the ties between them, the contexts the reader added, and the
 * issues that matter to the reader (the diversity lens asks where their sources on each come from).
 * Stored as one collection so that a write never leaves a tie pointing at a person not yet saved.
 */
export const networkSchema = object({
  people: v.optional(v.array(personSchema), []),
  ties: v.optional(v.array(tieSchema), []),
  customContexts: v.optional(v.array(customContextSchema), []),
  issues: v.optional(v.pipe(v.array(filledText(200)), v.maxLength(MAX_ISSUES)), []),
});

export type Network = v.InferOutput<typeof networkSchema>;

/** A map with nobody on it yet. */
export function emptyNetwork(): Network {
  return { people: [], ties: [], customContexts: [], issues: [] };
}
