import type { FactorId, WeigherInput, WeigherSide } from './weigher-input';

/**
 * Where one side stands, combining the stored preference with this introduction's consent. A "no"
 * of either kind comes first: consent is the latest word, and a standing "do not introduce me" wins
 * even over a recorded yes (the verdict flags that conflict).
 */
export type Willingness = 'said-no' | 'no' | 'said-yes' | 'open' | 'ask';

/** The willingness of one side; see `Willingness` for the order of precedence. */
export function willingness(side: WeigherSide): Willingness {
  if (side.consent === 'no') return 'said-no';
  if (side.preference === 'no') return 'no';
  if (side.consent === 'yes') return 'said-yes';
  return side.preference;
}

/**
 * What each answer is worth before weighting, from -1 (strongly against introducing) to +1
 * (strongly for). Unknown answers are absent: they score nothing and are reported as missing.
 * - preference: a yes for this introduction beats a standing "open", which beats "ask first".
 * - sensitivity: sharing something harmless costs little; the more sensitive, the more it costs.
 * - trust 1–5 maps evenly onto -1…+1, with the map's default 3 neutral.
 * - reciprocity: the article's risk is someone who takes your contacts and then ignores you.
 * - bypass: being left out afterwards is the same risk seen from the introduction itself.
 * - benefit: an introduction that helps nobody still spends both people's time, hence -0.5.
 * - shared context: common ground helps an introduction land and keeps the reader in view; no
 *   shared context scores 0, not less, because bridging two worlds can be worth more, not less.
 */
export const FACTOR_VALUES = {
  preference: { 'said-yes': 1, open: 0.5, ask: 0, no: -1, 'said-no': -1 },
  sensitivity: { low: 0.5, medium: -0.5, high: -1 },
  trust: { 1: -1, 2: -0.5, 3: 0, 4: 0.5, 5: 1 },
  reciprocity: { returned: 1, 'took-quiet': -1 },
  bypassRisk: { low: 0.5, medium: -0.5, high: -1 },
  benefit: { none: -0.5, some: 0.5, much: 1 },
  sharedContext: { yes: 1, no: 0 },
} as const;

/**
 * One factor as read from the input. `value` is null when the answer is unknown; `applicable` is
 * false (and `answer` is `not-applicable`) for reciprocity when nobody asked, the introduction being
 * the reader's own idea: that is not missing information.
 */
export interface FactorReading {
  factor: FactorId;
  answer: string | number;
  value: number | null;
  applicable: boolean;
}

function lookup<T extends Record<string | number, number>>(table: T, answer: string | number) {
  return Object.hasOwn(table, answer) ? (table[answer as keyof T] as number) : null;
}

/** Reads every factor of the input, in `FACTOR_IDS` order. */
export function readFactors(input: WeigherInput): FactorReading[] {
  const reading = (
    factor: FactorId,
    table: Record<string | number, number>,
    answer: string | number,
    applicable = true,
  ): FactorReading => ({
    factor,
    answer: applicable ? answer : 'not-applicable',
    value: applicable ? lookup(table, answer) : null,
    applicable,
  });
  const { a, b } = input;
  return [
    reading('preferenceA', FACTOR_VALUES.preference, willingness(a)),
    reading('preferenceB', FACTOR_VALUES.preference, willingness(b)),
    reading('sensitivity', FACTOR_VALUES.sensitivity, input.sensitivity),
    reading('trustA', FACTOR_VALUES.trust, a.trust),
    reading('trustB', FACTOR_VALUES.trust, b.trust),
    reading('reciprocity', FACTOR_VALUES.reciprocity, input.reciprocity, input.asker !== 'reader'),
    reading('bypassRisk', FACTOR_VALUES.bypassRisk, input.bypassRisk),
    reading('benefitA', FACTOR_VALUES.benefit, a.benefit),
    reading('benefitB', FACTOR_VALUES.benefit, b.benefit),
    reading('benefitReader', FACTOR_VALUES.benefit, input.benefitReader),
    reading('sharedContext', FACTOR_VALUES.sharedContext, input.sharedContext),
  ];
}
