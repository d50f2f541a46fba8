import { describe, expect, it } from 'vitest';
import {
  LONG_ANSWER_CHARS,
  answerParagraphs,
  isLongAnswer,
} from '../../../src/lib/worksheet/answer-layout';

describe('isLongAnswer', () => {
  it('is false up to the limit and true beyond it', () => {
    expect(isLongAnswer('x'.repeat(LONG_ANSWER_CHARS))).toBe(false);
    expect(isLongAnswer('x'.repeat(LONG_ANSWER_CHARS + 1))).toBe(true);
  });

  it('is true for an answer of many short lines', () => {
    expect(isLongAnswer(Array.from({ length: 16 }, () => 'a').join('\n'))).toBe(true);
  });
});

describe('answerParagraphs', () => {
  it('splits at blank lines and keeps single line breaks inside a paragraph', () => {
    expect(answerParagraphs('One\ntwo\n\n\nThree  ')).toEqual(['One\ntwo', 'Three']);
  });

  it('treats Windows line ends and blank lines with spaces as breaks', () => {
    expect(answerParagraphs('a\r\n \r\nb')).toEqual(['a', 'b']);
  });

  it('gives nothing for a blank answer', () => {
    expect(answerParagraphs(' \n\n ')).toEqual([]);
  });
});
