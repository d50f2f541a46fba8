import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { vi } from '../../../src/i18n/vi';
import { format } from '../../../src/lib/i18n/format';

/** Placeholders that hold a count of things named by the noun printed right after them. */
const COUNT_THEN_NOUN =
  /\{(count|total|shown|done|days|minutes|weeks|groups|max|strong|weak|people)\} (people|persons?|minutes?|days?|groups?|issues?|lessons?|times|words?|weeks?|ties?|are|is)\b/;

describe('English strings that print a count', () => {
  it('choose their noun with Intl.PluralRules instead of printing “1 are” or “1 people”', () => {
    const offenders = Object.entries(en).filter(([, text]) => COUNT_THEN_NOUN.test(text));
    expect(offenders.map(([key]) => key)).toEqual([]);
  });

  it('say “1 is a strong tie” and “3 are strong ties”', () => {
    const text = en['map.insight.balance.reader'];
    expect(format(text, { strong: 1, weak: 3 }, 'en')).toContain('1 is a strong tie');
    expect(format(text, { strong: 1, weak: 3 }, 'en')).toContain('3 are weak ties');
    expect(format(text, { strong: 2, weak: 1 }, 'en')).toContain('2 are strong ties');
  });

  it('count lessons as “1 of 1 lesson” and “2 of 6 lessons”', () => {
    expect(format(en['continue.progress'], { done: 1, total: 1 }, 'en')).toBe('1 of 1 lesson done');
    expect(format(en['continue.progress'], { done: 2, total: 6 }, 'en')).toBe(
      '2 of 6 lessons done',
    );
  });
});

describe('Vietnamese strings that print a count', () => {
  it('count the words of an answer as “chữ”, the word a Vietnamese reader uses', () => {
    expect(format(vi['answers.words'], { count: 12 }, 'vi')).toBe('12 chữ');
  });
});
