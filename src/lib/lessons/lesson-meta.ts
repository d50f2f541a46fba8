import { z } from 'zod/mini';

/** The article's four practice questions, in its order. */
export const PRACTICE_QUESTIONS = ['a', 'b', 'c', 'd'] as const;
export const practiceQuestionSchema = z.enum(PRACTICE_QUESTIONS);
export type PracticeQuestion = z.infer<typeof practiceQuestionSchema>;

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
export const lessonMetaSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  order: z.int().check(z.positive()),
  title: z.string().check(z.minLength(1)),
  description: z.string().check(z.minLength(1)),
  objectives: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  readingMinutes: z.int().check(z.positive()),
  questions: z._default(z.array(practiceQuestionSchema), []),
  widgets: z._default(z.array(z.enum(WIDGETS)), []),
  /** The question the reader answers in the reflection box at the end of the lesson. */
  reflection: z.string().check(z.minLength(1)),
});

export type LessonMeta = z.infer<typeof lessonMetaSchema>;
