import * as v from 'valibot';
import { looseObject, record } from '../schema/json-values';

/**
 * The part of the saved answers a merge needs: answers by id, each with its text and the time it
 * was last changed. Any other field of the stored value is kept as the reader's browser has it.
 */
const answerBookShape = looseObject({
  answers: record(v.string(), looseObject({ text: v.string(), updatedAt: v.string() })),
});

/**
 * Answers from two browsers, joined: an answer written in only one is kept; when both have it,
 * the one changed last wins (an answer without a time never beats one with a time, and on a tie
 * the reader's own stays). Returns undefined when either value is not an answer book, so that the
 * caller keeps the reader's answers untouched.
 */
export function mergeAnswers(current: unknown, incoming: unknown): unknown {
  const mine = v.safeParse(answerBookShape, current);
  const theirs = v.safeParse(answerBookShape, incoming);
  if (!mine.success || !theirs.success) return undefined;
  const answers = { ...mine.output.answers };
  for (const [id, answer] of Object.entries(theirs.output.answers)) {
    const own = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (own === undefined || answer.updatedAt > own.updatedAt) answers[id] = answer;
  }
  return { ...mine.output, answers };
}
