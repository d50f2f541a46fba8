// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectionDefinition } from '../../../src/stores/collections';
import { readDamaged } from './told-or-intact';

/*
 * Stored values that a validator could read in more than one way: an array where an object is
 * kept, a number JSON reads as Infinity, an over-long text. Each collection tells the reader and
 * keeps the original exactly as it did before the switch from zod to valibot (issue 17); the
 * outcomes below are the ones the zod schemas gave.
 */

const stored = (name: string, data: unknown) =>
  JSON.stringify({ v: collectionDefinition(name)?.codec.version ?? 1, data });

beforeEach(() => localStorage.clear());

describe('an array stored where a collection keeps an object', () => {
  it.each([
    ['progress', 'damaged'],
    ['answers', 'damaged'],
    ['focus-plan', 'damaged'],
    ['network', 'damaged'],
    ['intro-weigher', 'damaged'],
    ['backup-meta', 'damaged'],
    // The weights are read field by field: nothing readable, every field its default.
    ['intro-weights', 'repaired'],
  ])('is not read as an object: %s is told (%s) and kept', (name, state) => {
    const read = readDamaged(name, stored(name, ['Nguyễn Văn Anh', 'Trần Thị Bình']));
    expect(read).toMatchObject({ kind: 'told', state });
  });

  it.each(['network', 'focus-plan', 'progress', 'backup-meta', 'intro-weigher'])(
    'is not read as an empty %s either',
    (name) => {
      expect(readDamaged(name, stored(name, []))).toMatchObject({ kind: 'told', state: 'damaged' });
    },
  );
});

describe('an object stored where a collection keeps a list', () => {
  it.each(['introductions', 'import-history'])('is told and kept: %s', (name) => {
    const read = readDamaged(name, stored(name, { 0: { id: 'i1' } }));
    expect(read).toMatchObject({ kind: 'told', state: 'damaged' });
  });
});

describe('a number JSON reads as Infinity', () => {
  it('in a person’s trust makes the map damaged, kept as it was', () => {
    const raw = '{"v":1,"data":{"people":[{"id":"p1","name":"Lan","trust":1e999}]}}';
    expect(readDamaged('network', raw)).toMatchObject({ kind: 'told', state: 'damaged' });
  });

  it('as an answer’s text sets the answer aside rather than writing "Infinity"', () => {
    const raw = '{"v":1,"data":{"answers":{"q-a":{"text":1e999,"updatedAt":""}}}}';
    const read = readDamaged('answers', raw);
    expect(read.kind).toBe('told');
    expect(read.value).toMatchObject({ answers: {}, unreadable: { 'q-a': { text: Infinity } } });
  });

  it('as a weight falls back to the default weight', () => {
    const raw = '{"v":1,"data":{"goAt":1e999}}';
    const read = readDamaged('intro-weights', raw);
    expect(read).toMatchObject({ kind: 'told', state: 'repaired', value: { goAt: 2.5 } });
  });
});

describe('a text longer than its field holds', () => {
  it('in a map person’s name makes the map damaged, kept as it was', () => {
    const raw = JSON.stringify({ v: 1, data: { people: [{ id: 'p1', name: 'A'.repeat(501) }] } });
    expect(readDamaged('network', raw)).toMatchObject({ kind: 'told', state: 'damaged' });
  });

  it('in the weigher’s typed name falls back to blank, and the reader is told', () => {
    const raw = stored('intro-weigher', {
      a: { mode: 'typed', typedName: 'Nguyễn Văn Anh'.repeat(40) },
      b: { mode: 'typed', typedName: 'Trần Thị Bình' },
    });
    const read = readDamaged('intro-weigher', raw);
    expect(read).toMatchObject({ kind: 'told', state: 'repaired' });
    expect(read.value).toMatchObject({ a: { typedName: '' }, b: { typedName: 'Trần Thị Bình' } });
  });
});

describe('a record with a key the workbook does not know', () => {
  it('keeps a lesson visit under an unknown lesson id', () => {
    const raw = stored('progress', {
      visited: { 'a-lesson-from-a-later-version': '2026-03-01T08:00:00.000Z' },
      done: {},
    });
    const read = readDamaged('progress', raw);
    expect(read.kind).toBe('intact');
    expect(read.value).toMatchObject({
      visited: { 'a-lesson-from-a-later-version': '2026-03-01T08:00:00.000Z' },
    });
  });
});
