import { z } from 'zod';
import { personSchema } from './person';
import { tieSchema } from './tie';
import { customContextSchema } from './context';

/**
 * The reader's whole map: the people, the ties between them, the contexts the reader added, and the
 * issues that matter to the reader (the diversity lens asks where their sources on each come from).
 * Stored as one collection so that a write never leaves a tie pointing at a person not yet saved.
 */
export const networkSchema = z.object({
  people: z.array(personSchema).default([]),
  ties: z.array(tieSchema).default([]),
  customContexts: z.array(customContextSchema).default([]),
  issues: z.array(z.string().min(1).max(200)).max(50).default([]),
});

export type Network = z.infer<typeof networkSchema>;

/** A map with nobody on it yet. */
export function emptyNetwork(): Network {
  return { people: [], ties: [], customContexts: [], issues: [] };
}
