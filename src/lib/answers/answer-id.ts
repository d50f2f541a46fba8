import * as v from 'valibot';
import type { PracticeQuestion } from '../lessons/lesson-meta';

/** The two times the reader takes the self-check: at the start of the path and at its end. */
export const SELF_CHECK_PHASES = ['before', 'after'] as const;
export type SelfCheckPhase = (typeof SELF_CHECK_PHASES)[number];

/** The self-check's questions, numbered from 1. */
export const SELF_CHECK_NUMBERS = [1, 2, 3] as const;
export type SelfCheckNumber = (typeof SELF_CHECK_NUMBERS)[number];

const QUESTION_ID = /^q-([a-d])$/;
const REFLECTION_ID = /^reflect-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const SELF_CHECK_ID = /^(before|after)-([1-3])$/;

/**
 * What an answer id names: a practice question (`q-a` … `q-d`), the reflection at the end of a
 * lesson (`reflect-<lessonId>`) or one self-check question (`before-1` … `after-3`).
 */
export type AnswerTarget =
  | { kind: 'question'; question: PracticeQuestion }
  | { kind: 'reflection'; lessonId: string }
  | { kind: 'self-check'; phase: SelfCheckPhase; number: SelfCheckNumber };

/**
 * What an answer id names, or undefined when it is not an id the workbook uses.
 * @example answerTarget('reflect-practice') // { kind: 'reflection', lessonId: 'practice' }
 */
export function answerTarget(id: string): AnswerTarget | undefined {
  const question = QUESTION_ID.exec(id)?.[1];
  if (question !== undefined) return { kind: 'question', question: question as PracticeQuestion };
  const lessonId = REFLECTION_ID.exec(id)?.[1];
  if (lessonId !== undefined && id.length <= 100) return { kind: 'reflection', lessonId };
  const selfCheck = SELF_CHECK_ID.exec(id);
  if (selfCheck) {
    return {
      kind: 'self-check',
      phase: selfCheck[1] as SelfCheckPhase,
      number: Number(selfCheck[2]) as SelfCheckNumber,
    };
  }
  return undefined;
}

/** An answer id the workbook uses (see `answerTarget`). */
export const answerIdSchema = v.pipe(
  v.string(),
  v.check(
    (id) => answerTarget(id) !== undefined,
    'expected q-a…q-d, reflect-<lesson> or before/after-1…3',
  ),
);

export type AnswerId = v.InferOutput<typeof answerIdSchema>;

/** The id of the answer to a practice question. @example questionAnswerId('b') // 'q-b' */
export function questionAnswerId(question: PracticeQuestion): AnswerId {
  return `q-${question}`;
}

/** The id of a lesson's reflection answer. @example reflectionAnswerId('practice') // 'reflect-practice' */
export function reflectionAnswerId(lessonId: string): AnswerId {
  const id = `reflect-${lessonId}`;
  if (answerTarget(id)?.kind !== 'reflection') {
    throw new Error(`answers/reflectionAnswerId: "${lessonId}" is not a lesson id`);
  }
  return id;
}

/** The id of one self-check answer. @example selfCheckAnswerId('after', 2) // 'after-2' */
export function selfCheckAnswerId(phase: SelfCheckPhase, number: SelfCheckNumber): AnswerId {
  return `${phase}-${number}`;
}
