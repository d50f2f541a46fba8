import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  answerIdSchema,
  answerTarget,
  questionAnswerId,
  reflectionAnswerId,
  selfCheckAnswerId,
} from '../../../src/lib/answers/answer-id';

describe('answerTarget', () => {
  it('names the practice question of q-a to q-d', () => {
    expect(answerTarget('q-a')).toEqual({ kind: 'question', question: 'a' });
    expect(answerTarget('q-d')).toEqual({ kind: 'question', question: 'd' });
  });

  it('names the lesson of a reflection id', () => {
    expect(answerTarget('reflect-network-as-resource')).toEqual({
      kind: 'reflection',
      lessonId: 'network-as-resource',
    });
  });

  it('names the phase and number of a self-check id', () => {
    expect(answerTarget('before-1')).toEqual({ kind: 'self-check', phase: 'before', number: 1 });
    expect(answerTarget('after-3')).toEqual({ kind: 'self-check', phase: 'after', number: 3 });
  });

  it('rejects ids the workbook does not use', () => {
    for (const id of [
      '',
      'q-e',
      'q-A',
      'reflect-',
      'reflect-Bad_Id',
      'reflect--x',
      'before-0',
      'after-4',
      'during-1',
      '__proto__',
    ]) {
      expect(answerTarget(id), id).toBeUndefined();
    }
  });

  it('rejects a reflection id longer than 100 characters', () => {
    expect(answerTarget(`reflect-${'a'.repeat(93)}`)).toBeUndefined();
    expect(answerTarget(`reflect-${'a'.repeat(92)}`)?.kind).toBe('reflection');
  });
});

describe('answerIdSchema', () => {
  it('accepts the ids answerTarget reads and rejects the rest', () => {
    expect(v.safeParse(answerIdSchema, 'q-b').success).toBe(true);
    expect(v.safeParse(answerIdSchema, 'q-z').success).toBe(false);
    expect(v.safeParse(answerIdSchema, 7).success).toBe(false);
  });
});

describe('questionAnswerId', () => {
  it('prefixes the question letter with q-', () => {
    expect(questionAnswerId('c')).toBe('q-c');
  });
});

describe('reflectionAnswerId', () => {
  it('prefixes the lesson id with reflect-', () => {
    expect(reflectionAnswerId('practice')).toBe('reflect-practice');
  });

  it('throws, naming the module, for something that is not a lesson id', () => {
    expect(() => reflectionAnswerId('Not A Lesson')).toThrow(
      'answers/reflectionAnswerId: "Not A Lesson" is not a lesson id',
    );
  });
});

describe('selfCheckAnswerId', () => {
  it('joins the phase and the number', () => {
    expect(selfCheckAnswerId('before', 2)).toBe('before-2');
  });
});
