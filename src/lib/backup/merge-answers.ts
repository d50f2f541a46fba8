import { z } from 'zod/mini';

/**
 * The part of the saved answers a merge needs: answers by id, each with its text and the time it
 * was last changed. Any other field of the stored value is kept as the reader's browser has it.
 */
const answerBookShape = z.looseObject({
  answers: z.record(z.string(), z.looseObject({ text: z.string(), updatedAt: z.string() })),
});

/**
 * Answers from two browsers, joined: an answer written in only one is kept; when both have it,
 * the one changed last wins (an answer without a time never beats one with a time, and on a tie
 * the reader's own stays). Returns undefined when either value is not an answer book, so that the
 * caller keeps the reader's answers untouched.
 */
export function mergeAnswers(current: unknown, incoming: unknown): unknown {
  const mine = answerBookShape.safeParse(current);
  const theirs = answerBookShape.safeParse(incoming);
  if (!mine.success || !theirs.success) return undefined;
  const answers = { ...mine.data.answers };
  for (const [id, answer] of Object.entries(theirs.data.answers)) {
    const own = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (own === undefined || answer.updatedAt > own.updatedAt) answers[id] = answer;
  }
  return { ...mine.data, answers };
}
