import * as v from 'valibot';
import { text } from '../schema/text';
import { number, object, record } from '../schema/json-values';
import type { AnswerBook } from './answer-book';

/** What `restoreAnswerBook` could read, and how many saved entries it set aside unread. */
export interface RestoredAnswerBook {
  book: AnswerBook;
  /** Entries moved to `book.unreadable` by this restore. */
  setAside: number;
}

/** Keys JSON may carry that must never become real properties (reliability notes: `__proto__`). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const lenientAnswerSchema = object({
  text: v.union([v.string(), v.pipe(number(), v.transform(String))]),
  updatedAt: v.fallback(text(40), ''),
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads saved answers without ever throwing or losing text. An answer whose text is readable is
 * kept even when its id is unknown (a later version of the workbook may have written it) and a
 * broken date becomes ''. An entry with no readable text is set aside in `unreadable`, as it was,
 * and so is anything that is not a book at all (under the key `book`). A bare map of answers, the
 * shape before `unreadable` existed, is read as the answers.
 *
 * @example restoreAnswerBook({ answers: { 'q-a': { text: 'Hi', updatedAt: 7 } } })
 *   // book.answers['q-a'] is { text: 'Hi', updatedAt: '' }
 */
export function restoreAnswerBook(raw: unknown): RestoredAnswerBook {
  const book: AnswerBook = { answers: {}, unreadable: {} };
  if (!isRecord(raw)) {
    if (raw !== undefined && raw !== null) book.unreadable['book'] = raw;
    return { book, setAside: raw === undefined || raw === null ? 0 : 1 };
  }
  // Before `unreadable` existed a book was a bare map of answers; read that shape too.
  const isBook = 'answers' in raw || 'unreadable' in raw;
  const answers = !isBook ? raw : isRecord(raw['answers']) ? raw['answers'] : {};
  let setAside = 0;
  if (isBook && raw['answers'] !== undefined && !isRecord(raw['answers'])) {
    book.unreadable['answers'] = raw['answers'];
    setAside += 1;
  }

  for (const [id, value] of Object.entries(answers)) {
    if (FORBIDDEN_KEYS.has(id)) continue;
    const parsed = v.safeParse(lenientAnswerSchema, value);
    if (parsed.success) {
      book.answers[id] = { text: parsed.output.text, updatedAt: parsed.output.updatedAt };
    } else {
      book.unreadable[id] = value;
      setAside += 1;
    }
  }
  if (isBook && isRecord(raw['unreadable'])) {
    for (const [key, value] of Object.entries(raw['unreadable'])) {
      if (!FORBIDDEN_KEYS.has(key) && !Object.hasOwn(book.unreadable, key))
        book.unreadable[key] = value;
    }
  }
  return { book, setAside };
}

/**
 * The schema the answers collection is stored with: any object is read leniently by
 * `restoreAnswerBook`; anything else fails, so that the persistence layer keeps it untouched and
 * tells the reader.
 */
export const storedAnswerBookSchema = v.pipe(
  record(v.string(), v.unknown()),
  v.transform((raw) => restoreAnswerBook(raw).book),
);
