import * as v from 'valibot';

/**
 * Where the reader stands with one side's consent to a particular introduction: `not-asked` yet,
 * `asked` and waiting for an answer, said `yes`, said `no`. The weigher and the log share it, so a
 * logged introduction can be reopened in the weigher without translating states.
 */
export const CONSENTS = ['not-asked', 'asked', 'yes', 'no'] as const;
export const consentSchema = v.picklist(CONSENTS);
export type Consent = v.InferOutput<typeof consentSchema>;
