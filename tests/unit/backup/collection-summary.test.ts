import { describe, expect, it } from 'vitest';
import { summariseCollection, totalCount } from '../../../src/lib/backup/collection-summary';

describe('summariseCollection', () => {
  it('counts the items of a list', () => {
    expect(summariseCollection([{ id: 'i1' }, { id: 'i2' }])).toEqual([
      { field: 'items', count: 2 },
    ]);
  });

  it('counts each list and record of an object, in the order of its fields', () => {
    const network = { people: [1, 2, 3], ties: [1], customContexts: [], issues: ['x'], name: 'x' };
    expect(summariseCollection(network)).toEqual([
      { field: 'people', count: 3 },
      { field: 'ties', count: 1 },
      { field: 'customContexts', count: 0 },
      { field: 'issues', count: 1 },
    ]);
    expect(summariseCollection({ answers: { 'q-a': {}, 'q-b': {} } })).toEqual([
      { field: 'answers', count: 2 },
    ]);
  });

  it('counts nothing in a value that holds no list', () => {
    expect(summariseCollection(null)).toEqual([]);
    expect(summariseCollection('text')).toEqual([]);
    expect(summariseCollection({ theme: 'dark' })).toEqual([]);
  });

  it('stops after six fields so that an odd value cannot fill the preview', () => {
    const wide = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`f${String(i)}`, []]));
    expect(summariseCollection(wide)).toHaveLength(6);
  });
});

describe('totalCount', () => {
  it('adds the counts up', () => {
    expect(
      totalCount([
        { field: 'people', count: 3 },
        { field: 'ties', count: 2 },
      ]),
    ).toBe(5);
    expect(totalCount([])).toBe(0);
  });
});
