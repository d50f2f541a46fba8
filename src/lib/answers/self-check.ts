import type { Answer, AnswerBook } from './answer-book';
import { SELF_CHECK_NUMBERS, selfCheckAnswerId, type SelfCheckNumber } from './answer-id';

/** One self-check question's two answers: at the start of the path and at its end. */
export interface SelfCheckPair {
  number: SelfCheckNumber;
  before: Answer | undefined;
  after: Answer | undefined;
}

/** The self-check's answers side by side, question by question (1 to 3). */
export function selfCheckPairs(book: AnswerBook): SelfCheckPair[] {
  const answer = (id: string): Answer | undefined =>
    Object.hasOwn(book.answers, id) ? book.answers[id] : undefined;
  return SELF_CHECK_NUMBERS.map((number) => ({
    number,
    before: answer(selfCheckAnswerId('before', number)),
    after: answer(selfCheckAnswerId('after', number)),
  }));
}

/** Whether the reader has answered any self-check question, before or after. */
export function hasSelfCheck(book: AnswerBook): boolean {
  return selfCheckPairs(book).some((pair) => pair.before !== undefined || pair.after !== undefined);
}
