import type { ANSWER_KEY, OptionId, Scenario } from './scenarios';

type Answers = typeof ANSWER_KEY;
/** `'1' | '2'` for a tuple of two: the 1-based places of a tuple's items. */
type Places<T extends readonly unknown[]> = Exclude<
  Extract<keyof [unknown, ...T], string>,
  keyof unknown[] | '0'
>;

/** `<lessonId>.<number>` of every scenario there is, e.g. `'share-with-care.3'`. */
export type ScenarioRef = {
  [L in keyof Answers]: `${L}.${Places<Answers[L]>}`;
}[keyof Answers];

/** A part of a scenario that has words: its prompt, an option, or an option's explanation. */
export type ScenarioPart = 'prompt' | OptionId | `${OptionId}.why`;

/**
 * The UI key of a scenario's part, typed as exactly the keys that exist, so that a translator
 * checks them like any literal key (tests/unit/practice/scenario-strings.test.ts checks both
 * dictionaries hold every one).
 *
 * @example scenarioKey(scenariosOf('share-with-care')[0], 'prompt') // 'practice.share-with-care.1.prompt'
 */
export function scenarioKey(
  scenario: Scenario,
  part: ScenarioPart,
): `practice.${ScenarioRef}.${ScenarioPart}` {
  // SCENARIOS is built from ANSWER_KEY, so its lesson ids and numbers are ScenarioRef's own.
  const ref = `${scenario.lessonId}.${scenario.number}` as ScenarioRef;
  return `practice.${ref}.${part}`;
}
