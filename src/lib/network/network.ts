import { z } from 'zod/mini';
import { personSchema } from './person';
import { tieSchema } from './tie';
import { customContextSchema } from './context';

/**
 * The reader's whole map: the people, the ties between them, the contexts the reader added, and the
 * issues that matter to the reader (the diversity lens asks where their sources on each come from).
 * Stored as one collection so that a write never leaves a tie pointing at a person not yet saved.
 */
export const networkSchema = z.object({
  people: z._default(z.array(personSchema), []),
  ties: z._default(z.array(tieSchema), []),
  customContexts: z._default(z.array(customContextSchema), []),
  issues: z._default(
    z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(50)),
    [],
  ),
});

export type Network = z.infer<typeof networkSchema>;

/** A map with nobody on it yet. */
export function emptyNetwork(): Network {
  return { people: [], ties: [], customContexts: [], issues: [] };
}
