import { z } from 'zod';

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
  id: z.string().regex(/^[a-z0-9-]+$/),
  order: z.number().int().positive(),
  title: z.string().min(1),
  description: z.string().min(1),
  objectives: z.array(z.string().min(1)).min(1),
  readingMinutes: z.number().int().positive(),
  questions: z.array(practiceQuestionSchema).default([]),
  widgets: z.array(z.enum(WIDGETS)).default([]),
  /** The question the reader answers in the reflection box at the end of the lesson. */
  reflection: z.string().min(1),
});

export type LessonMeta = z.infer<typeof lessonMetaSchema>;
