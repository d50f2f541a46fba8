import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { vi } from '../../../src/i18n/vi';

/** The `##` headings of a practice lesson, in order. */
function sectionHeadings(locale: string): string[] {
  const source = readFileSync(`content/lessons/${locale}/practice.mdx`, 'utf8');
  return [...source.matchAll(/^## (.+)$/gm)].map((match) => (match[1] ?? '').trim());
}

describe('the practice questions on answer boxes and worksheets', () => {
  it('read as the practice lesson’s section headings, in both languages', () => {
    for (const [locale, strings] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      const headings = sectionHeadings(locale);
      for (const letter of ['a', 'b', 'c', 'd'] as const) {
        expect(headings, `${locale} (${letter})`).toContain(strings[`answers.question.${letter}`]);
      }
    }
  });
});
