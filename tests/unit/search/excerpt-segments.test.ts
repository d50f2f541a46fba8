import { describe, expect, it } from 'vitest';
import { excerptSegments, joinMarkedRuns } from '../../../src/lib/search/excerpt-segments';

describe('excerptSegments', () => {
  it('splits an excerpt into plain and marked runs', () => {
    // The shape Pagefind 1.x gives: plain text with each found word inside <mark>.
    expect(excerptSegments('strong and <mark>weak</mark> <mark>ties</mark> both')).toEqual([
      { text: 'strong and ', marked: false },
      { text: 'weak', marked: true },
      { text: ' ', marked: false },
      { text: 'ties', marked: true },
      { text: ' both', marked: false },
    ]);
  });

  it('keeps Vietnamese text with its diacritics untouched', () => {
    expect(excerptSegments('những <mark>quan hệ yếu</mark> mang tin mới')).toEqual([
      { text: 'những ', marked: false },
      { text: 'quan hệ yếu', marked: true },
      { text: ' mang tin mới', marked: false },
    ]);
  });

  it('returns one plain run when nothing is marked', () => {
    expect(excerptSegments('no match here')).toEqual([{ text: 'no match here', marked: false }]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptSegments('')).toEqual([]);
  });

  it('decodes character references into the characters they stand for', () => {
    expect(excerptSegments('a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#x27; &#8220;e&#8221;')).toEqual(
      [{ text: 'a <b> & "c" \'d\' “e”', marked: false }],
    );
  });

  it('decodes each reference once, so an escaped reference stays text', () => {
    expect(excerptSegments('&amp;lt;script&amp;gt;')).toEqual([
      { text: '&lt;script&gt;', marked: false },
    ]);
  });

  it('leaves unknown and out-of-range references as they are', () => {
    expect(excerptSegments('&bogus; &#0; &#x110000;')).toEqual([
      { text: '&bogus; &#0; &#x110000;', marked: false },
    ]);
  });

  it('drops any tag other than mark, keeping its text as plain text', () => {
    expect(
      excerptSegments('<img src=x onerror=alert(1)>hi <b>bold</b> <script>alert(1)</script>'),
    ).toEqual([{ text: 'hi bold alert(1)', marked: false }]);
  });

  it('keeps a lone less-than sign that starts no tag', () => {
    expect(excerptSegments('5 < 15 and <mark>150</mark>')).toEqual([
      { text: '5 < 15 and ', marked: false },
      { text: '150', marked: true },
    ]);
  });

  it('accepts mark tags in upper case or with attributes', () => {
    expect(excerptSegments('<MARK class="x">Dunbar</MARK>')).toEqual([
      { text: 'Dunbar', marked: true },
    ]);
  });

  it('treats an unclosed mark as marking the rest of the excerpt', () => {
    expect(excerptSegments('a <mark>b c')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b c', marked: true },
    ]);
  });
});

describe('joinMarkedRuns', () => {
  it('joins marked words separated only by spaces into one run', () => {
    const segments = excerptSegments('a <mark>quan</mark> <mark>hệ</mark> <mark>yếu</mark> b');
    expect(joinMarkedRuns(segments)).toEqual([
      { text: 'a ', marked: false },
      { text: 'quan hệ yếu', marked: true },
      { text: ' b', marked: false },
    ]);
  });

  it('keeps marked words apart when other words stand between them', () => {
    const segments = excerptSegments('<mark>weak</mark> and <mark>ties</mark>');
    expect(joinMarkedRuns(segments)).toEqual(segments);
  });

  it('leaves spaces at the edges unmarked', () => {
    const segments = [
      { text: ' ', marked: false },
      { text: 'x', marked: true },
      { text: ' ', marked: false },
    ];
    expect(joinMarkedRuns(segments)).toEqual(segments);
  });
});
