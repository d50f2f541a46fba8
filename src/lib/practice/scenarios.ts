/*
 * The retrieval-practice scenarios of lessons 1–5: which option of each is right. Their words live
 * in src/i18n/<locale>/practice.ts under `practice.<lessonId>.<number>.…`, so that both languages
 * share one answer key and a test can check that every option has its explanation.
 */

/** The options of a scenario, in the order they are shown. */
export const OPTION_IDS = ['a', 'b', 'c'] as const;
export type OptionId = (typeof OPTION_IDS)[number];

/** One short scenario: a situation, three options, one of them right. */
export interface Scenario {
  /** `<lessonId>/<number>`, the key its choice is stored under. */
  id: string;
  lessonId: string;
  /** 1, 2 or 3 within its lesson; also its place in the string keys. */
  number: number;
  correct: OptionId;
}

/** Which option is right in each scenario, lesson by lesson. */
export const ANSWER_KEY = {
  'network-as-resource': ['b', 'c'],
  'where-networks-grow': ['a', 'b'],
  'needs-without-manipulation': ['c', 'b', 'a'],
  'social-media-with-focus': ['b', 'c'],
  'share-with-care': ['a', 'b', 'c'],
} as const satisfies Readonly<Record<string, readonly OptionId[]>>;

/** Every scenario, lesson by lesson. */
export const SCENARIOS: readonly Scenario[] = Object.entries(ANSWER_KEY).flatMap(
  ([lessonId, answers]: [string, readonly OptionId[]]) =>
    answers.map((correct, index) => ({
      id: `${lessonId}/${index + 1}`,
      lessonId,
      number: index + 1,
      correct,
    })),
);

/** The scenarios of one lesson, in order (none for a lesson without practice). */
export function scenariosOf(lessonId: string): Scenario[] {
  return SCENARIOS.filter((scenario) => scenario.lessonId === lessonId);
}
