import { describe, expect, it } from 'vitest';
import { parsePagefindResult } from '../../../src/lib/search/pagefind-result';

/** A result as Pagefind 1.6 gives it for a lesson page (trimmed to the fields that matter). */
const lessonResult = {
  url: '/en/lessons/where-networks-grow/',
  content: 'Where networks grow. Strong and weak ties.',
  excerpt: 'strong and <mark>weak</mark> ties',
  meta: { title: 'Where networks grow' },
  word_count: 7,
  sub_results: [
    {
      title: 'Strong ties and weak ties',
      url: '/en/lessons/where-networks-grow/#strong-ties-and-weak-ties',
      excerpt: '<mark>Weak</mark> ties are',
    },
  ],
};

describe('parsePagefindResult', () => {
  it('reads the address, excerpt, title and sub-results of a result', () => {
    expect(parsePagefindResult(lessonResult)).toEqual({
      url: '/en/lessons/where-networks-grow/',
      content: 'Where networks grow. Strong and weak ties.',
      excerpt: 'strong and <mark>weak</mark> ties',
      title: 'Where networks grow',
      subResults: lessonResult.sub_results,
    });
  });

  it('accepts a result with only an address, filling in the rest', () => {
    expect(parsePagefindResult({ url: '/vi/glossary/' })).toEqual({
      url: '/vi/glossary/',
      content: '',
      excerpt: '',
      title: undefined,
      subResults: [],
    });
  });

  it('replaces fields of the wrong type by empty ones', () => {
    expect(
      parsePagefindResult({ url: '/vi/', excerpt: 3, meta: 'x', sub_results: { url: '/a/' } }),
    ).toEqual({ url: '/vi/', content: '', excerpt: '', title: undefined, subResults: [] });
  });

  it('drops sub-results without an address', () => {
    const raw = { url: '/vi/', sub_results: [null, { title: 'x' }, { url: '/vi/#a', title: 4 }] };
    expect(parsePagefindResult(raw)?.subResults).toEqual([
      { url: '/vi/#a', title: '', excerpt: '' },
    ]);
  });

  it('rejects a result without an address', () => {
    expect(parsePagefindResult({ excerpt: 'x' })).toBeUndefined();
    expect(parsePagefindResult(null)).toBeUndefined();
  });
});
