import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { int, looseObject, number, object, record } from '../../../src/lib/schema/json-values';
import { filledText, text } from '../../../src/lib/schema/text';

const person = object({ id: filledText(100), name: text(500), trust: v.optional(int(), 3) });

describe('an object schema', () => {
  it('reads an object, filling defaults and leaving out unknown keys', () => {
    expect(v.parse(person, { id: 'p1', name: 'Nguyễn Văn Anh', extra: true })).toStrictEqual({
      id: 'p1',
      name: 'Nguyễn Văn Anh',
      trust: 3,
    });
  });

  it.each([[[]], [['p1', 'Lan']], [null], ['p1'], [7]])('refuses %j', (value) => {
    expect(v.safeParse(person, value).success).toBe(false);
  });

  it('refuses an array even when every field is optional', () => {
    const settings = object({ lastBackupAt: v.optional(text(40)) });
    expect(v.safeParse(settings, {}).success).toBe(true);
    expect(v.safeParse(settings, []).success).toBe(false);
  });

  it('keeps refusing arrays once picked, made partial or extended', () => {
    expect(v.safeParse(v.pick(person, ['id']), []).success).toBe(false);
    expect(v.safeParse(v.partial(person), []).success).toBe(false);
    expect(v.safeParse(v.partial(person), {}).success).toBe(true);
    expect(
      v.safeParse(
        v.fallback(person, () => ({ id: 'x', name: '', trust: 3 })),
        [],
      ).output,
    ).toEqual({ id: 'x', name: '', trust: 3 });
  });

  it('says what it expected', () => {
    const result = v.safeParse(person, []);
    expect(result.issues?.[0]?.message).toBe('Invalid type: Expected Object but received Array');
  });
});

describe('a loose object schema', () => {
  const book = looseObject({ answers: record(v.string(), v.unknown()) });

  it('keeps the keys it does not know', () => {
    expect(v.parse(book, { answers: {}, unreadable: { x: 1 } })).toEqual({
      answers: {},
      unreadable: { x: 1 },
    });
  });

  it('refuses an array', () => {
    expect(v.safeParse(book, Object.assign([], { answers: {} })).success).toBe(false);
  });
});

describe('a record schema', () => {
  const visits = record(v.string(), text(40));

  it('reads every key, including ones the workbook does not know', () => {
    expect(v.parse(visits, { practice: '2026-03-01', 'from-a-later-version': '' })).toEqual({
      practice: '2026-03-01',
      'from-a-later-version': '',
    });
  });

  it('never turns __proto__ into a real key', () => {
    const parsed = v.parse(visits, JSON.parse('{"__proto__":"x","a":"y"}'));
    expect(Object.keys(parsed)).toEqual(['a']);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it('refuses an array rather than reading its items as keys 0, 1…', () => {
    expect(v.safeParse(visits, ['2026-03-01']).success).toBe(false);
  });

  it('fails as a whole when one key is refused', () => {
    const short = record(text(3), v.string());
    expect(v.safeParse(short, { abc: 'x', abcd: 'y' }).success).toBe(false);
  });
});

describe('numbers', () => {
  it('refuse what JSON reads as Infinity, and NaN', () => {
    const infinity: unknown = JSON.parse('1e999');
    expect(v.safeParse(number(), infinity).success).toBe(false);
    expect(v.safeParse(number(), -Infinity).success).toBe(false);
    expect(v.safeParse(number(), Number.NaN).success).toBe(false);
    expect(v.parse(number(), 1.5)).toBe(1.5);
  });

  it('as integers, refuse fractions and integers past 2^53', () => {
    expect(v.parse(int(), -3)).toBe(-3);
    expect(v.safeParse(int(), 1.5).success).toBe(false);
    expect(v.safeParse(int(), 2 ** 60).success).toBe(false);
    expect(v.safeParse(int(), Number.MAX_SAFE_INTEGER).success).toBe(true);
  });
});

describe('text', () => {
  it('counts UTF-16 code units, as String.length does', () => {
    expect(v.safeParse(text(2), '🌸').success).toBe(true);
    expect(v.safeParse(text(1), '🌸').success).toBe(false);
  });

  it('filled text refuses the empty string', () => {
    expect(v.safeParse(filledText(10), '').success).toBe(false);
    expect(v.safeParse(filledText(10), 'Lan').success).toBe(true);
  });
});
