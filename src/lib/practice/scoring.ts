import * as v from 'valibot';
import { text } from '../schema/text';
import { int, object, record } from '../schema/json-values';
import { OPTION_IDS, type OptionId, type Scenario } from './scenarios';

/** What the reader chose in one scenario: first choice, latest choice, and how many checks. */
export const choiceRecordSchema = object({
  first: v.picklist(OPTION_IDS),
  last: v.picklist(OPTION_IDS),
  tries: v.pipe(int(), v.minValue(1), v.maxValue(10_000)),
  /** When the latest choice was checked (ISO timestamp). */
  at: text(40),
});

export type ChoiceRecord = v.InferOutput<typeof choiceRecordSchema>;

/** The reader's choices, by scenario id. */
export const practiceChoicesSchema = record(text(100), choiceRecordSchema);
export type PracticeChoices = v.InferOutput<typeof practiceChoicesSchema>;

/**
 * The choices with one more check of `scenarioId`: the first choice is kept, the latest replaced.
 * @example recordChoice({}, 'share-with-care/1', 'b', now)['share-with-care/1'] // { first: 'b', last: 'b', tries: 1, at: now }
 */
export function recordChoice(
  choices: PracticeChoices,
  scenarioId: string,
  option: OptionId,
  now: string,
): PracticeChoices {
  const earlier = Object.hasOwn(choices, scenarioId) ? choices[scenarioId] : undefined;
  const record: ChoiceRecord = {
    first: earlier?.first ?? option,
    last: option,
    tries: Math.min(10_000, (earlier?.tries ?? 0) + 1),
    at: now,
  };
  return { ...choices, [scenarioId]: record };
}

/** Where the reader stands on one scenario. */
export type ScenarioResult = 'unanswered' | 'wrong' | 'right';

/** Whether the reader's latest choice in `scenario` is right. */
export function scenarioResult(scenario: Scenario, choices: PracticeChoices): ScenarioResult {
  const record = Object.hasOwn(choices, scenario.id) ? choices[scenario.id] : undefined;
  if (record === undefined) return 'unanswered';
  return record.last === scenario.correct ? 'right' : 'wrong';
}

/** A lesson's practice in numbers. */
export interface PracticeScore {
  total: number;
  answered: number;
  /** Scenarios whose latest choice is right. */
  right: number;
  /** Scenarios answered right at the first try. */
  firstTry: number;
}

/**
 * The score of a set of scenarios (usually one lesson's).
 * @example practiceScore(scenariosOf('share-with-care'), choices) // { total: 3, answered: 2, right: 1, firstTry: 1 }
 */
export function practiceScore(
  scenarios: readonly Scenario[],
  choices: PracticeChoices,
): PracticeScore {
  let answered = 0;
  let right = 0;
  let firstTry = 0;
  for (const scenario of scenarios) {
    const record = Object.hasOwn(choices, scenario.id) ? choices[scenario.id] : undefined;
    if (record === undefined) continue;
    answered += 1;
    if (record.last === scenario.correct) right += 1;
    if (record.first === scenario.correct) firstTry += 1;
  }
  return { total: scenarios.length, answered, right, firstTry };
}

/** Whether every scenario of the set has been answered right (at any try). */
export function practiceComplete(score: PracticeScore): boolean {
  return score.total > 0 && score.right === score.total;
}
