import {
  setAnswer,
  emptyAnswerBook,
  answerText,
  type AnswerBook,
} from '../lib/answers/answer-book';
import type { AnswerId } from '../lib/answers/answer-id';
import { storedAnswerBookSchema } from '../lib/answers/restore-answer-book';
import { persistentCollection } from './persistence';

/**
 * Every answer the reader has written (practice questions, lesson reflections, self-check), kept
 * in this browser and in step with the reader's other tabs.
 */
export const answers = persistentCollection<AnswerBook>({
  name: 'answers',
  version: 1,
  schema: storedAnswerBookSchema,
  initial: emptyAnswerBook,
});

/**
 * Saves the reader's text for one answer, stamped with the current time. The book is read at the
 * moment of writing, so that an answer another tab saved meanwhile is kept. Writing the same text
 * again changes nothing (its "saved at" time stays the time it was written).
 */
export function saveAnswer(id: AnswerId, text: string): void {
  const book = answers.get();
  if (answerText(book, id) === text) return;
  answers.set(setAnswer(book, id, text, new Date().toISOString()));
}
