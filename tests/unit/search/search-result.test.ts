import { describe, expect, it } from 'vitest';
import {
  isSitePath,
  MAX_SECTIONS,
  parsePagefindResult,
  readSearchResult,
} from '../../../src/lib/search/search-result';

/** A result as Pagefind 1.6 gives it for a lesson page (trimmed to the fields that matter). */
const lessonResult = {
  url: '/en/lessons/where-networks-grow/',
  excerpt: 'strong and <mark>weak</mark> ties',
  meta: { title: 'Where networks grow' },
  word_count: 1200,
  sub_results: [
    {
      title: 'Where networks grow',
      url: '/en/lessons/where-networks-grow/',
      excerpt: 'intro <mark>weak</mark>',
    },
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
      excerpt: 'strong and <mark>weak</mark> ties',
      title: 'Where networks grow',
      subResults: lessonResult.sub_results,
    });
  });

  it('accepts a result with only an address, filling in the rest', () => {
    expect(parsePagefindResult({ url: '/vi/glossary/' })).toEqual({
      url: '/vi/glossary/',
      excerpt: '',
      title: undefined,
      subResults: [],
    });
  });

  it('replaces fields of the wrong type by empty ones', () => {
    expect(
      parsePagefindResult({ url: '/vi/', excerpt: 3, meta: 'x', sub_results: { url: '/a/' } }),
    ).toEqual({ url: '/vi/', excerpt: '', title: undefined, subResults: [] });
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

describe('isSitePath', () => {
  it('accepts a path on this site, with or without an anchor', () => {
    expect(isSitePath('/vi/lessons/practice/')).toBe(true);
    expect(isSitePath('/en/glossary/#weak-tie')).toBe(true);
  });

  it('refuses anything that could lead to another origin or run script', () => {
    for (const url of [
      'https://evil.example/',
      '//evil.example/',
      'javascript:alert(1)',
      '/\\evil.example/',
      '/a b',
      '',
    ]) {
      expect(isSitePath(url), url).toBe(false);
    }
  });
});

describe('readSearchResult', () => {
  it('gives the title, address, excerpt and anchored sections of a page', () => {
    expect(readSearchResult(lessonResult, 'Result')).toEqual({
      url: '/en/lessons/where-networks-grow/',
      title: 'Where networks grow',
      excerpt: [
        { text: 'strong and ', marked: false },
        { text: 'weak', marked: true },
        { text: ' ties', marked: false },
      ],
      // The first sub-result has no anchor: it is the page itself and is not listed again.
      sections: [
        {
          url: '/en/lessons/where-networks-grow/#strong-ties-and-weak-ties',
          title: 'Strong ties and weak ties',
          excerpt: [
            { text: 'Weak', marked: true },
            { text: ' ties are', marked: false },
          ],
        },
      ],
    });
  });

  it('lists at most MAX_SECTIONS sections', () => {
    const many = Array.from({ length: 6 }, (_, index) => ({
      title: `Term ${index}`,
      url: `/en/glossary/#term-${index}`,
      excerpt: 'x',
    }));
    const hit = readSearchResult({ ...lessonResult, sub_results: many }, 'Result');
    expect(hit?.sections.map((section) => section.title)).toEqual(['Term 0', 'Term 1', 'Term 2']);
    expect(MAX_SECTIONS).toBe(3);
  });

  it('uses the fallback title for a page without one', () => {
    expect(readSearchResult({ url: '/vi/glossary/' }, 'Kết quả')?.title).toBe('Kết quả');
    expect(
      readSearchResult({ url: '/vi/glossary/', meta: { title: '  ' } }, 'Kết quả')?.title,
    ).toBe('Kết quả');
  });

  it('drops a result whose address leaves the site', () => {
    expect(readSearchResult({ ...lessonResult, url: 'javascript:alert(1)' }, 'R')).toBeUndefined();
    expect(
      readSearchResult({ ...lessonResult, url: 'https://evil.example/' }, 'R'),
    ).toBeUndefined();
  });

  it('drops a section whose address leaves the site, keeping the page', () => {
    const hit = readSearchResult(
      {
        ...lessonResult,
        sub_results: [{ title: 'Bad', url: '//evil.example/#x', excerpt: '' }],
      },
      'R',
    );
    expect(hit?.sections).toEqual([]);
    expect(hit?.url).toBe('/en/lessons/where-networks-grow/');
  });

  it('returns undefined for something that is not a Pagefind result', () => {
    for (const raw of [null, undefined, 'text', 42, [], { url: 7 }, { meta: { title: 'x' } }]) {
      expect(readSearchResult(raw, 'R')).toBeUndefined();
    }
  });
});
