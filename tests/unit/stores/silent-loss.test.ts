// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { record } from '../intro/log-fixtures';
import { envelope, rawSurrogate, readDamaged } from './told-or-intact';

/*
 * The 28 stored values that used to be read without a word, the next save then dropping data
 * (issue 16). Each must now be told (reported, original kept) or read intact.
 */

const person = (id: string, name: string, more: Record<string, unknown> = {}) => ({
  id,
  name,
  ...more,
});
const map = (people: unknown[], ties: unknown[] = []) =>
  envelope({ people, ties, customContexts: [], issues: [] });
/** Twenty-five people tied in a row to the first: one broken id used to take them all. */
const crowd = (firstId: string) =>
  map(
    [
      person(firstId, 'Nguyễn Văn Anh'),
      ...Array.from({ length: 24 }, (_, i) => person(`p${String(i + 2)}`, 'Nguyễn Văn Anh')),
    ],
    Array.from({ length: 24 }, (_, i) => ({ a: firstId, b: `p${String(i + 2)}` })),
  );

const answerBook = (text: string) =>
  envelope({ answers: { 'q-a': { text, updatedAt: '2026-03-01T08:00:00.000Z' } } });
const plan = (offer: string) =>
  envelope({
    goals: [{ id: 'g1', platform: 'Zalo', minutesPerWeek: 30, offer }],
    checkIns: [],
  });
const draft = (typedName: string) =>
  envelope({ a: { mode: 'typed', typedName }, b: { mode: 'typed', typedName: 'Trần Thị Bình' } });
const deep = (levels: number) => `{"v":1,"data":${'['.repeat(levels)}${']'.repeat(levels)}}`;

beforeEach(() => localStorage.clear());

describe('a stored map', () => {
  it.each([
    ['a raw lone surrogate', rawSurrogate(map([person('p1', 'Lan\ud800')]))],
    ['an escaped lone surrogate', map([person('p1', 'Lan\ud800')])],
    ['a NUL', map([person('p1', 'Lan\u0000')])],
  ])('with %s in a name keeps the person, repaired with U+FFFD, and tells', (_case, raw) => {
    const read = readDamaged('network', raw);
    expect(read).toMatchObject({ kind: 'told', state: 'repaired' });
    expect(read.value).toMatchObject({ people: [{ id: 'p1', name: 'Lan\ufffd' }] });
  });

  it.each([
    ['a raw lone surrogate', rawSurrogate(crowd('p1\ud800'))],
    ['an escaped lone surrogate', crowd('p1\ud800')],
    ['a NUL', crowd('p1\u0000')],
  ])('with %s in an id keeps all 25 people and 24 ties, and tells', (_case, raw) => {
    const read = readDamaged('network', raw);
    expect(read.kind).toBe('told');
    expect(read.value).toMatchObject({ people: { length: 25 }, ties: { length: 24 } });
  });

  it.each([
    ['a name over its limit', map([person('p1', 'A'.repeat(501))])],
    [
      'a `__proto__` key',
      map([person('p1', 'Lan')]).replace('"name"', '"__proto__":{"ring":"inner"},"name"'),
    ],
    [
      'a `constructor.prototype` key',
      map([person('p1', 'Lan', { constructor: { prototype: { trust: 1 } } })]),
    ],
    [
      'two people with the same id',
      map([person('p1', 'Nguyễn Văn Anh'), person('p1', 'Nguyễn Văn Anh', { company: 'FPT' })]),
    ],
    ['a tie to a missing person', map([person('p1', 'Lan')], [{ a: 'p1', b: 'p9' }])],
    ['data nested 100,000 levels deep', deep(100_000)],
  ])('with %s is reported and kept', (_case, raw) => {
    expect(readDamaged('network', raw).kind).toBe('told');
  });
});

describe('stored answers, focus plan and weigher answers', () => {
  it.each([
    ['answers', 'a raw lone surrogate', rawSurrogate(answerBook('Khoảng 150\ud800'))],
    ['answers', 'an escaped lone surrogate', answerBook('Khoảng 150\ud800')],
    ['answers', 'a NUL', answerBook('Khoảng 150\u0000')],
    ['focus-plan', 'a raw lone surrogate', rawSurrogate(plan('Giới thiệu\ud800'))],
    ['focus-plan', 'an escaped lone surrogate', plan('Giới thiệu\ud800')],
    ['focus-plan', 'a NUL', plan('Giới thiệu\u0000')],
    ['focus-plan', 'a text over its limit', plan('x'.repeat(2001))],
    ['intro-weigher', 'a raw lone surrogate', rawSurrogate(draft('Lê Minh\ud800'))],
    ['intro-weigher', 'an escaped lone surrogate', draft('Lê Minh\ud800')],
    ['intro-weigher', 'a NUL', draft('Lê Minh\u0000')],
    ['intro-weigher', 'a name over its limit', draft('M'.repeat(501))],
    ['intro-weigher', 'data nested 100,000 levels deep', deep(100_000)],
  ])('%s with %s is reported and kept', (name, _case, raw) => {
    expect(readDamaged(name, raw).kind).toBe('told');
  });

  it('repair a broken character in place rather than losing the answer', () => {
    const read = readDamaged('answers', answerBook('Khoảng 150\ud800'));
    expect(read.value).toMatchObject({ answers: { 'q-a': { text: 'Khoảng 150\ufffd' } } });
  });
});

describe('the introduction log and weights', () => {
  it('report an introduction with an unknown outcome and keep the original', () => {
    const raw = envelope([{ ...record('i1'), outcome: 'went-well-maybe' }]);
    expect(readDamaged('introductions', raw).kind).toBe('told');
  });

  it.each([
    ['a string', envelope('nặng')],
    ['a number', envelope(42)],
    ['a 1,000,000-character string', envelope('w'.repeat(1_000_000))],
    ['data nested 100,000 levels deep', deep(100_000)],
  ])('report weights whose data is %s instead of silently using the defaults', (_case, raw) => {
    expect(readDamaged('intro-weights', raw).kind).toBe('told');
  });
});

describe('values the workbook wrote itself', () => {
  it.each([
    [
      'network',
      map(
        [person('p1', 'Nguyễn Văn Anh'), person('p2', 'Nguyễn Văn Anh')],
        [{ a: 'p1', b: 'p2', strength: 'strong' }],
      ),
    ],
    ['answers', answerBook('👩🏽‍💻 Khoảng 150 người')],
    ['focus-plan', plan('Giới thiệu hai người mỗi tháng')],
    ['introductions', envelope([record('i1')])],
    ['progress', envelope({ visited: { practice: '2026-03-01T08:00:00.000Z' }, done: {} })],
  ])('%s is read intact, with no notice', (name, raw) => {
    expect(readDamaged(name, raw).kind).toBe('intact');
  });
});
