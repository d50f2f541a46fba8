import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  restoreAnswerBook,
  storedAnswerBookSchema,
} from '../../../src/lib/answers/restore-answer-book';

const NOW = '2026-03-01T09:30:00.000Z';

describe('restoreAnswerBook', () => {
  it('reads a valid book unchanged', () => {
    const book = { answers: { 'q-a': { text: 'Hi', updatedAt: NOW } }, unreadable: {} };
    expect(restoreAnswerBook(book)).toEqual({ book, setAside: 0 });
  });

  it('gives an empty book for nothing saved', () => {
    expect(restoreAnswerBook(undefined)).toEqual({
      book: { answers: {}, unreadable: {} },
      setAside: 0,
    });
    expect(restoreAnswerBook(null).book).toEqual({ answers: {}, unreadable: {} });
  });

  it('keeps an answer whose date is broken, with no date', () => {
    const { book } = restoreAnswerBook({ answers: { 'q-a': { text: 'Hi', updatedAt: 7 } } });
    expect(book.answers['q-a']).toEqual({ text: 'Hi', updatedAt: '' });
  });

  it('keeps a number typed as the whole answer, as text', () => {
    const { book } = restoreAnswerBook({ answers: { 'before-1': { text: 150 } } });
    expect(book.answers['before-1']).toEqual({ text: '150', updatedAt: '' });
  });

  it('keeps an answer to an id it does not know (a later version may have written it)', () => {
    const { book } = restoreAnswerBook({ answers: { 'reflect-new-lesson': { text: 'x' } } });
    expect(book.answers['reflect-new-lesson']?.text).toBe('x');
  });

  it('sets aside, as it was, an entry with no readable text', () => {
    const broken = { words: ['not', 'text'] };
    const { book, setAside } = restoreAnswerBook({
      answers: { 'q-a': broken, 'q-b': { text: 'ok', updatedAt: NOW } },
    });
    expect(book.unreadable).toEqual({ 'q-a': broken });
    expect(book.answers).toEqual({ 'q-b': { text: 'ok', updatedAt: NOW } });
    expect(setAside).toBe(1);
  });

  it('keeps what an earlier restore set aside', () => {
    const { book } = restoreAnswerBook({ answers: {}, unreadable: { 'q-a': [1, 2] } });
    expect(book.unreadable).toEqual({ 'q-a': [1, 2] });
  });

  it('reads a bare map of answers, the shape before anything was set aside', () => {
    const { book } = restoreAnswerBook({ 'q-c': { text: 'old shape', updatedAt: NOW } });
    expect(book.answers).toEqual({ 'q-c': { text: 'old shape', updatedAt: NOW } });
  });

  it('sets aside a list of answers where a map belongs', () => {
    const { book, setAside } = restoreAnswerBook({ answers: ['a', 'b'] });
    expect(book).toEqual({ answers: {}, unreadable: { answers: ['a', 'b'] } });
    expect(setAside).toBe(1);
  });

  it('sets aside whole a value that is not a book', () => {
    for (const raw of ['text', 42, [1, 2], true]) {
      expect(restoreAnswerBook(raw), String(raw)).toEqual({
        book: { answers: {}, unreadable: { book: raw } },
        setAside: 1,
      });
    }
  });

  it('never lets a __proto__ key become the prototype', () => {
    const raw: unknown = JSON.parse(
      '{"answers":{"__proto__":{"text":"evil","polluted":true},"q-a":{"text":"ok","updatedAt":""}}}',
    );
    const { book } = restoreAnswerBook(raw);
    expect(Object.getPrototypeOf(book.answers)).toBe(Object.prototype);
    expect(Object.keys(book.answers)).toEqual(['q-a']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('storedAnswerBookSchema', () => {
  it('reads any object leniently', () => {
    const parsed = v.safeParse(storedAnswerBookSchema, { answers: { 'q-a': { text: 'x' } } });
    expect(parsed.success && parsed.output.answers['q-a']).toEqual({ text: 'x', updatedAt: '' });
  });

  it('fails on a value that is not an object, so that the stored text is kept untouched', () => {
    for (const raw of ['x', 1, null, ['q-a']]) {
      expect(v.safeParse(storedAnswerBookSchema, raw).success, String(raw)).toBe(false);
    }
  });

  it('gives back what it reads when read again (a saved book restores to itself)', () => {
    const once = v.parse(storedAnswerBookSchema, {
      answers: { 'q-a': { text: 1 } },
      unreadable: {},
    });
    expect(v.parse(storedAnswerBookSchema, once)).toEqual(once);
  });
});
