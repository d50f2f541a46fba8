import * as v from 'valibot';
import { text } from '../schema/text';
import { object, record } from '../schema/json-values';
import { answerTarget, type AnswerId } from './answer-id';
import { cutText } from '../storage/repair-text';

/**
 * The most an answer holds: about 15,000 words, far beyond "several thousand", yet small enough
 * that a reader who pastes a book cannot fill the browser's ~5 million characters of storage.
 */
export const MAX_ANSWER_CHARS = 100_000;

/** One saved answer: the text as typed, and when it was last changed (ISO timestamp, or ''). */
export const answerSchema = object({
  text: v.string(),
  updatedAt: text(40),
});

export type Answer = v.InferOutput<typeof answerSchema>;

/**
 * Every answer the reader has written, by answer id. `unreadable` keeps, untouched, any saved entry
 * that could not be read back (see `restoreAnswerBook`), so that saving again never erases it.
 */
export const answerBookSchema = object({
  answers: record(v.string(), answerSchema),
  unreadable: record(v.string(), v.unknown()),
});

export type AnswerBook = v.InferOutput<typeof answerBookSchema>;

/** A book with no answers yet. */
export function emptyAnswerBook(): AnswerBook {
  return { answers: {}, unreadable: {} };
}

/**
 * A new book with the answer `id` set to `text` at time `now`. Text beyond `MAX_ANSWER_CHARS` is
 * cut (the answer box stops the reader there first). Clearing an answer removes it, so that the
 * worksheet can tell an answer from a blank. Throws when `id` is not an answer id.
 *
 * @example setAnswer(emptyAnswerBook(), 'q-a', 'About 150 people', '2026-03-01T09:00:00.000Z')
 */
export function setAnswer(book: AnswerBook, id: AnswerId, text: string, now: string): AnswerBook {
  if (answerTarget(id) === undefined) {
    throw new Error(`answers/setAnswer: "${id}" is not an answer id`);
  }
  const { [id]: _previous, ...others } = book.answers;
  if (text.trim() === '') return { ...book, answers: others };
  return {
    ...book,
    answers: { ...others, [id]: { text: cutText(text, MAX_ANSWER_CHARS), updatedAt: now } },
  };
}

/** The text of answer `id`, or '' when the reader has not written it. */
export function answerText(book: AnswerBook, id: AnswerId): string {
  return Object.hasOwn(book.answers, id) ? (book.answers[id]?.text ?? '') : '';
}
