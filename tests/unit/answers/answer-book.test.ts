import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  MAX_ANSWER_CHARS,
  answerBookSchema,
  answerText,
  emptyAnswerBook,
  setAnswer,
} from '../../../src/lib/answers/answer-book';

const NOW = '2026-03-01T09:30:00.000Z';

describe('emptyAnswerBook', () => {
  it('holds no answer and nothing set aside, and is a valid book', () => {
    expect(emptyAnswerBook()).toEqual({ answers: {}, unreadable: {} });
    expect(v.safeParse(answerBookSchema, emptyAnswerBook()).success).toBe(true);
  });
});

describe('setAnswer', () => {
  it('saves the text with the time it was written', () => {
    const book = setAnswer(emptyAnswerBook(), 'q-a', 'Khoảng 150 người', NOW);
    expect(book.answers['q-a']).toEqual({ text: 'Khoảng 150 người', updatedAt: NOW });
  });

  it('replaces an earlier answer and leaves the others alone', () => {
    let book = setAnswer(emptyAnswerBook(), 'q-a', 'first', NOW);
    book = setAnswer(book, 'q-b', 'other', NOW);
    book = setAnswer(book, 'q-a', 'second', '2026-03-02T00:00:00.000Z');
    expect(book.answers).toEqual({
      'q-a': { text: 'second', updatedAt: '2026-03-02T00:00:00.000Z' },
      'q-b': { text: 'other', updatedAt: NOW },
    });
  });

  it('removes an answer the reader cleared, blanks included', () => {
    const book = setAnswer(setAnswer(emptyAnswerBook(), 'q-a', 'x', NOW), 'q-a', ' \n\t', NOW);
    expect(book.answers).toEqual({});
  });

  it('keeps text exactly as typed, spaces and line breaks included', () => {
    const text = '  Dòng một\n\nDòng hai  ';
    expect(setAnswer(emptyAnswerBook(), 'before-1', text, NOW).answers['before-1']?.text).toBe(
      text,
    );
  });

  it('keeps a several-thousand-word answer whole', () => {
    const text = 'lời '.repeat(8000);
    expect(setAnswer(emptyAnswerBook(), 'q-d', text, NOW).answers['q-d']?.text).toBe(text);
  });

  it('cuts text beyond the limit', () => {
    const text = 'x'.repeat(MAX_ANSWER_CHARS + 5);
    expect(setAnswer(emptyAnswerBook(), 'q-d', text, NOW).answers['q-d']?.text).toHaveLength(
      MAX_ANSWER_CHARS,
    );
  });

  it('keeps what was set aside unread', () => {
    const book = { answers: {}, unreadable: { 'q-c': 42 } };
    expect(setAnswer(book, 'q-a', 'x', NOW).unreadable).toEqual({ 'q-c': 42 });
  });

  it('throws, naming the function, for an unknown answer id', () => {
    expect(() => setAnswer(emptyAnswerBook(), 'q-z', 'x', NOW)).toThrow(
      'answers/setAnswer: "q-z" is not an answer id',
    );
  });

  it('never changes the book it is given', () => {
    const book = emptyAnswerBook();
    setAnswer(book, 'q-a', 'x', NOW);
    expect(book).toEqual(emptyAnswerBook());
  });
});

describe('answerText', () => {
  it('gives the text, or an empty string when unanswered', () => {
    const book = setAnswer(emptyAnswerBook(), 'q-a', 'hello', NOW);
    expect(answerText(book, 'q-a')).toBe('hello');
    expect(answerText(book, 'q-b')).toBe('');
  });

  it('does not read inherited properties as answers', () => {
    expect(answerText(emptyAnswerBook(), 'toString')).toBe('');
  });
});
