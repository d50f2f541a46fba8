import { describe, expect, it } from 'vitest';
import {
  containsStrictWords,
  foldDiacritics,
  hasDiacritics,
  refineMarks,
  words,
} from '../../../src/lib/search/diacritic-match';

describe('foldDiacritics', () => {
  it('removes tone and vowel marks and turns đ into d', () => {
    expect(foldDiacritics('Đường quan hệ yếu')).toBe('duong quan he yeu');
  });

  it('gives the same result for composed and decomposed input', () => {
    expect(foldDiacritics('yếu'.normalize('NFD'))).toBe(foldDiacritics('yếu'.normalize('NFC')));
  });
});

describe('hasDiacritics', () => {
  it('is true for a Vietnamese word written with its marks', () => {
    expect(hasDiacritics('yếu')).toBe(true);
    expect(hasDiacritics('đi')).toBe(true);
  });

  it('is false for a word without marks, in any case', () => {
    expect(hasDiacritics('yeu')).toBe(false);
    expect(hasDiacritics('Dunbar')).toBe(false);
  });
});

describe('words', () => {
  it('splits on spaces and punctuation, in lower case NFC', () => {
    expect(words('Quan hệ yếu, “tầng” Dunbar!')).toEqual(['quan', 'hệ', 'yếu', 'tầng', 'dunbar']);
  });

  it('returns nothing for an empty or punctuation-only text', () => {
    expect(words('')).toEqual([]);
    expect(words(' …, ')).toEqual([]);
  });
});

describe('containsStrictWords', () => {
  it('is true when every word typed with diacritics is in the text as typed', () => {
    expect(containsStrictWords('Quan hệ mạnh và quan hệ yếu.', ['quan', 'hệ', 'yếu'])).toBe(true);
  });

  it('is false when the text only has a look-alike', () => {
    // "yêu cầu" (to ask) is not "yếu" (weak); "hết" is not "hệ".
    expect(containsStrictWords('Kể ngắn gọn yêu cầu, hết.', ['yếu'])).toBe(false);
    expect(containsStrictWords('hết', ['hệ'])).toBe(false);
  });

  it('accepts a word that the text continues (the reader may still be typing)', () => {
    expect(containsStrictWords('hợp tác xã', ['tá'])).toBe(true);
  });

  it('leaves words without diacritics to Pagefind', () => {
    expect(containsStrictWords('nothing here', ['dunbar', 'yeu'])).toBe(true);
    expect(containsStrictWords('', [])).toBe(true);
  });
});

describe('refineMarks', () => {
  it('unmarks look-alikes of a word typed with diacritics', () => {
    const segments = [
      { text: 'hầu ', marked: false },
      { text: 'hết', marked: true },
      { text: ' quan ', marked: false },
      { text: 'hệ', marked: true },
    ];
    expect(refineMarks(segments, ['quan', 'hệ'])).toEqual([
      { text: 'hầu hết quan ', marked: false },
      { text: 'hệ', marked: true },
    ]);
  });

  it('keeps marks on words typed without diacritics in the same query', () => {
    const segments = [
      { text: 'Dunbar', marked: true },
      { text: ' và ', marked: false },
      { text: 'tầng', marked: true },
    ];
    expect(refineMarks(segments, ['dunbar', 'tầng'])).toEqual(segments);
  });

  it('changes nothing when no word carries diacritics', () => {
    const segments = [{ text: 'yêu', marked: true }];
    expect(refineMarks(segments, ['yeu'])).toEqual(segments);
  });
});
