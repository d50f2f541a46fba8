import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/lib/answers/word-count';

describe('countWords', () => {
  it('counts nothing in an empty or blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n\t ')).toBe(0);
  });

  it('counts English words, with contractions and hyphenated words as one', () => {
    // "I", "don't", "know", "an", "e-mail", "address" = 6
    expect(countWords("I don't know an e-mail address.")).toBe(6);
  });

  it('counts Vietnamese by syllable, as Vietnamese writers count “từ”', () => {
    // Buôn / Ma / Thuột / là / quê / chị / Thu = 7
    expect(countWords('Buôn Ma Thuột là quê chị Thu.')).toBe(7);
  });

  it('counts the same whether accents are precomposed (NFC) or separate marks (NFD)', () => {
    const text = 'Người giới thiệu được nhớ lâu';
    expect(countWords(text.normalize('NFD'))).toBe(6);
    expect(countWords(text.normalize('NFC'))).toBe(6);
  });

  it('does not count punctuation, dashes or emoji as words', () => {
    // Chị / Thu / kế / toán / 42 / tuổi = 6
    expect(countWords('Chị Thu — kế toán, 42 tuổi. 🙂 … !!')).toBe(6);
  });

  it('counts numbers with a point, comma or colon as one word', () => {
    expect(countWords('3.5 hours, 1,000 people, at 9:30')).toBe(6);
  });

  it('counts words across line breaks', () => {
    expect(countWords('one\ntwo\n\nthree')).toBe(3);
  });

  it('counts a long answer quickly', () => {
    const text = 'Mạng lưới của tôi đang lớn lên. '.repeat(5000);
    const start = performance.now();
    // 7 words a sentence × 5,000 sentences
    expect(countWords(text)).toBe(35_000);
    expect(performance.now() - start).toBeLessThan(200);
  });
});
