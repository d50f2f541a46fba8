import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { mergeAnswers } from '../../../src/lib/backup/merge-answers';
import { canMerge, mergeCollection } from '../../../src/lib/backup/merge-collection';
import { mergeIntroductions } from '../../../src/lib/backup/merge-introductions';
import { mergeProgress } from '../../../src/lib/backup/merge-progress';
import { introductionRecordSchema } from '../../../src/lib/intro/introduction-record';

const record = (id: string, purpose = '') =>
  v.parse(introductionRecordSchema, {
    id,
    personA: { kind: 'typed', name: 'Minh' },
    personB: { kind: 'typed', name: 'Lan' },
    date: '2026-01-05',
    purpose,
  });

describe('mergeProgress', () => {
  it('joins lessons opened and done, keeping the earliest time of each', () => {
    const merged = mergeProgress(
      { visited: { a: '2026-02-01', b: '2026-02-03' }, done: { a: '2026-02-02' }, last: 'b' },
      { visited: { a: '2026-01-01', c: '2026-01-05' }, done: { c: '2026-01-06' }, last: 'c' },
    );
    expect(merged).toEqual({
      visited: { a: '2026-01-01', b: '2026-02-03', c: '2026-01-05' },
      done: { a: '2026-02-02', c: '2026-01-06' },
      last: 'b',
    });
  });

  it('takes the backup’s last lesson when this browser has none', () => {
    expect(
      mergeProgress({ visited: {}, done: {} }, { visited: {}, done: {}, last: 'x' }).last,
    ).toBe('x');
    expect(mergeProgress({ visited: {}, done: {} }, { visited: {}, done: {} })).toEqual({
      visited: {},
      done: {},
    });
  });
});

describe('mergeAnswers', () => {
  it('keeps answers from both sides and, for the same answer, the one changed last', () => {
    const merged = mergeAnswers(
      {
        answers: {
          'q-a': { text: 'mine, newer', updatedAt: '2026-03-02T00:00:00.000Z' },
          'q-b': { text: 'only mine', updatedAt: '2026-01-01T00:00:00.000Z' },
          'q-c': { text: 'mine, older', updatedAt: '2026-01-01T00:00:00.000Z' },
        },
        unreadable: { x: 1 },
      },
      {
        answers: {
          'q-a': { text: 'theirs, older', updatedAt: '2026-03-01T00:00:00.000Z' },
          'q-c': { text: 'theirs, newer', updatedAt: '2026-02-01T00:00:00.000Z' },
          'q-d': { text: 'only theirs', updatedAt: '' },
        },
        unreadable: { y: 2 },
      },
    );
    expect(merged).toEqual({
      answers: {
        'q-a': { text: 'mine, newer', updatedAt: '2026-03-02T00:00:00.000Z' },
        'q-b': { text: 'only mine', updatedAt: '2026-01-01T00:00:00.000Z' },
        'q-c': { text: 'theirs, newer', updatedAt: '2026-02-01T00:00:00.000Z' },
        'q-d': { text: 'only theirs', updatedAt: '' },
      },
      unreadable: { x: 1 },
    });
  });

  it('keeps the reader’s answer on a tie, and when the backup’s has no time', () => {
    const mine = { answers: { 'q-a': { text: 'mine', updatedAt: '2026-01-01' } } };
    expect(
      mergeAnswers(mine, { answers: { 'q-a': { text: 'theirs', updatedAt: '2026-01-01' } } }),
    ).toEqual(mine);
    expect(mergeAnswers(mine, { answers: { 'q-a': { text: 'theirs', updatedAt: '' } } })).toEqual(
      mine,
    );
  });

  it('gives no merge when either side is not an answer book', () => {
    expect(mergeAnswers({ answers: {} }, ['not', 'answers'])).toBeUndefined();
    expect(mergeAnswers(null, { answers: {} })).toBeUndefined();
  });
});

describe('mergeIntroductions', () => {
  it('keeps the reader’s records as they are and adds the backup’s new ones in order', () => {
    const merged = mergeIntroductions(
      [record('i1', 'mine')],
      [record('i1', 'theirs'), record('i2')],
    );
    expect(merged.map((r) => [r.id, r.purpose])).toEqual([
      ['i1', 'mine'],
      ['i2', ''],
    ]);
  });
});

describe('mergeCollection', () => {
  it('joins the collections that have a rule, read through their schemas', () => {
    expect(['network', 'progress', 'answers', 'introductions'].every(canMerge)).toBe(true);
    expect(mergeCollection('introductions', [record('i1')], [record('i2')])).toHaveLength(2);
    const network = mergeCollection(
      'network',
      { people: [{ id: 'p1', name: 'Lan' }] },
      { people: [{ id: 'p2', name: 'Minh' }] },
    ) as { people: unknown[] };
    expect(network.people).toHaveLength(2);
  });

  it('gives no merge for a collection without a rule, or a value that fails its schema', () => {
    expect(canMerge('settings')).toBe(false);
    expect(canMerge('__proto__')).toBe(false);
    expect(mergeCollection('settings', { a: 1 }, { a: 2 })).toBeUndefined();
    expect(mergeCollection('toString', {}, {})).toBeUndefined();
    expect(
      mergeCollection('progress', { visited: 'x' }, { visited: {}, done: {} }),
    ).toBeUndefined();
    expect(mergeCollection('network', { people: [{ name: 'no id' }] }, {})).toBeUndefined();
  });
});
