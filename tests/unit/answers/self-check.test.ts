import { describe, expect, it } from 'vitest';
import { emptyAnswerBook, setAnswer } from '../../../src/lib/answers/answer-book';
import { hasSelfCheck, selfCheckPairs } from '../../../src/lib/answers/self-check';

const NOW = '2026-03-01T09:30:00.000Z';

describe('selfCheckPairs', () => {
  it('pairs each question’s answer from the start with the one from the end', () => {
    let book = setAnswer(emptyAnswerBook(), 'before-1', 'Mười người', NOW);
    book = setAnswer(book, 'after-1', 'Ba mươi người', NOW);
    book = setAnswer(book, 'after-3', 'Một giờ', NOW);
    expect(selfCheckPairs(book)).toEqual([
      {
        number: 1,
        before: { text: 'Mười người', updatedAt: NOW },
        after: { text: 'Ba mươi người', updatedAt: NOW },
      },
      { number: 2, before: undefined, after: undefined },
      { number: 3, before: undefined, after: { text: 'Một giờ', updatedAt: NOW } },
    ]);
  });
});

describe('hasSelfCheck', () => {
  it('is false until one self-check question is answered', () => {
    const book = setAnswer(emptyAnswerBook(), 'q-a', 'not a self-check', NOW);
    expect(hasSelfCheck(book)).toBe(false);
    expect(hasSelfCheck(setAnswer(book, 'after-2', 'x', NOW))).toBe(true);
  });
});
