import type { Consent } from './consent';
import type { FactorId, Side } from './weigher-input';
import type { Preference } from '../network/person';

/**
 * Why the weigher reached its verdict: a stable code plus parameters. The UI turns each into a
 * sentence in the reader's language (`intro.reason.<code>`); the library never writes sentences.
 *
 * Rules (decide or cap the verdict whatever the weights):
 * - `preference-no`: this side asked never to be introduced. Always first when present.
 * - `consent-no`: this side said no to this introduction.
 * - `preference-conflict`: the stored preference says no, but a yes was recorded for this
 *   introduction; the stored "no" wins until the reader updates it.
 * - `sensitive-low-trust`: what would be shared is highly sensitive and trust in this side is low.
 * - `sensitive-unknown-trust`: highly sensitive, and trust in this side is not known.
 * - `ask-preference-not-asked`: this side wants to be asked first and has not been asked yet.
 * - `awaiting-answer`: this side was asked and has not answered yet.
 * - `too-little-information`: too much of the weight rests on unknown answers.
 * - `both-consented`: both sides already said yes, so there is no one left to ask first.
 *
 * Weighing:
 * - `missing-information`: the factors answered "unknown" (they score nothing).
 * - `score-high` / `score-mixed` / `score-low`: where the weighted score fell against the bands.
 * - `factor-for` / `factor-against`: one factor's contribution, largest first.
 */
export type Reason =
  | { code: 'preference-no'; params: { side: Side } }
  | { code: 'consent-no'; params: { side: Side } }
  | {
      code: 'preference-conflict';
      params: { side: Side; preference: Preference; consent: Consent };
    }
  | { code: 'sensitive-low-trust'; params: { side: Side; trust: number; lowTrustMax: number } }
  | { code: 'sensitive-unknown-trust'; params: { side: Side } }
  | { code: 'ask-preference-not-asked'; params: { side: Side } }
  | { code: 'awaiting-answer'; params: { side: Side } }
  | { code: 'too-little-information'; params: { knownShare: number; minKnownShare: number } }
  | { code: 'both-consented'; params: Record<string, never> }
  | { code: 'missing-information'; params: { factors: FactorId[] } }
  | {
      code: 'score-high' | 'score-mixed' | 'score-low';
      params: { score: number; goAt: number; stopBelow: number };
    }
  | {
      code: 'factor-for' | 'factor-against';
      params: { factor: FactorId; answer: string | number; points: number };
    };

/** Every reason code, for UI translation tables and their completeness test. */
export const REASON_CODES = [
  'preference-no',
  'consent-no',
  'preference-conflict',
  'sensitive-low-trust',
  'sensitive-unknown-trust',
  'ask-preference-not-asked',
  'awaiting-answer',
  'too-little-information',
  'both-consented',
  'missing-information',
  'score-high',
  'score-mixed',
  'score-low',
  'factor-for',
  'factor-against',
] as const satisfies readonly Reason['code'][];

export type ReasonCode = Reason['code'];
