import { describe, expect, it } from 'vitest';
import { isSitePath, MAX_SECTIONS, readSearchResult } from '../../../src/lib/search/search-result';

/** A result as Pagefind 1.6 gives it for a lesson page (trimmed to the fields that matter). */
const lessonResult = {
  url: '/en/lessons/where-networks-grow/',
  content: 'Where networks grow. Strong ties and weak ties.',
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
      excerpt: '<mark>x</mark>',
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

  describe('with a Vietnamese query typed with diacritics', () => {
    // Pagefind folds diacritics: for "yếu" (weak) it also returns and marks "yêu" (to ask).
    const page = (content: string, excerpt: string, subExcerpt: string) => ({
      url: '/vi/lessons/share-with-care/',
      content,
      excerpt,
      meta: { title: 'Chia sẻ một cách cẩn trọng' },
      sub_results: [{ title: 'Hỏi cả hai phía', url: '/vi/lessons/x/#hoi', excerpt: subExcerpt }],
    });

    it('drops a page that only has look-alikes of the word', () => {
      const raw = page(
        'Kể ngắn gọn yêu cầu.',
        'Kể ngắn gọn <mark>yêu</mark> cầu.',
        '<mark>yêu</mark>',
      );
      expect(readSearchResult(raw, 'R', 'yếu')).toBeUndefined();
    });

    it('keeps a page that has the word, unmarking the look-alikes in its excerpt', () => {
      const raw = page(
        'Quan hệ yếu. Kể ngắn gọn yêu cầu.',
        'Kể ngắn gọn <mark>yêu</mark> cầu. Quan hệ <mark>yếu.</mark>',
        '<mark>yêu</mark> cầu',
      );
      expect(readSearchResult(raw, 'R', 'yếu')).toEqual({
        url: '/vi/lessons/share-with-care/',
        title: 'Chia sẻ một cách cẩn trọng',
        excerpt: [
          { text: 'Kể ngắn gọn yêu cầu. Quan hệ ', marked: false },
          { text: 'yếu.', marked: true },
        ],
        // The section's excerpt only had the look-alike: nothing in it answers the query.
        sections: [],
      });
    });

    it('matches the words whatever their case', () => {
      const raw = page('Quan Hệ Yếu', '<mark>Quan</mark> <mark>Hệ</mark> <mark>Yếu</mark>', '');
      expect(readSearchResult(raw, 'R', 'quan hệ yếu')?.excerpt).toEqual([
        { text: 'Quan Hệ Yếu', marked: true },
      ]);
    });

    it('keeps the loose match for a query typed without diacritics', () => {
      const raw = page(
        'Kể ngắn gọn yêu cầu.',
        'Kể ngắn gọn <mark>yêu</mark> cầu.',
        '<mark>yêu</mark>',
      );
      expect(readSearchResult(raw, 'R', 'yeu')?.excerpt).toEqual([
        { text: 'Kể ngắn gọn ', marked: false },
        { text: 'yêu', marked: true },
        { text: ' cầu.', marked: false },
      ]);
    });
  });
});
