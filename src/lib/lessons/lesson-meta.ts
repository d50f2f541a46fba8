import * as v from 'valibot';
import { int, object } from '../schema/json-values';

/** The article's four practice questions, in its order. */
export const PRACTICE_QUESTIONS = ['a', 'b', 'c', 'd'] as const;
export const practiceQuestionSchema = v.picklist(PRACTICE_QUESTIONS);
export type PracticeQuestion = v.InferOutput<typeof practiceQuestionSchema>;

/** The exercises a lesson can embed. */
export const WIDGETS = [
  'reflection',
  'network-map',
  'diversity-lens',
  'introduction-weigher',
  'introduction-log',
  'focus-plan',
  'self-check',
  'import',
  'retrieval-practice',
  'spread',
] as const;

/**
 * The frontmatter of one lesson file. The same `id` names a lesson in every language; the
 * locale comes from the folder (`content/lessons/vi/…`, `content/lessons/en/…`).
 */
export const lessonMetaSchema = object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  order: v.pipe(int(), v.minValue(1)),
  title: v.pipe(v.string(), v.minLength(1)),
  description: v.pipe(v.string(), v.minLength(1)),
  objectives: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)),
  readingMinutes: v.pipe(int(), v.minValue(1)),
  questions: v.optional(v.array(practiceQuestionSchema), []),
  widgets: v.optional(v.array(v.picklist(WIDGETS)), []),
  /** The question the reader answers in the reflection box at the end of the lesson. */
  reflection: v.pipe(v.string(), v.minLength(1)),
});

export type LessonMeta = v.InferOutput<typeof lessonMetaSchema>;
