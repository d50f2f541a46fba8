import * as v from 'valibot';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assertLocaleParity,
  fileNameProblems,
  localeParityProblems,
  parityItemSchema,
  type ParityItem,
} from '../../../src/lib/lessons/locale-parity';

const LOCALES = ['vi', 'en'] as const;

/** A lesson file as the content loader reports it. */
function lesson(locale: string, id: string, position: number): ParityItem {
  return { locale, id, position, file: `content/lessons/${locale}/${id}.mdx` };
}

/** Two lessons in both languages, in the same order: the shape every check starts from. */
const matching = [
  lesson('vi', 'resource', 1),
  lesson('vi', 'care', 2),
  lesson('en', 'resource', 1),
  lesson('en', 'care', 2),
];

describe('parityItemSchema', () => {
  it('accepts a lesson as the content loader reports it', () => {
    expect(v.parse(parityItemSchema, lesson('vi', 'care', 2))).toEqual(lesson('vi', 'care', 2));
  });

  it('rejects an item without a file to name in messages', () => {
    expect(v.safeParse(parityItemSchema, { locale: 'vi', id: 'care', position: 2 }).success).toBe(
      false,
    );
  });

  it('rejects an empty id', () => {
    expect(v.safeParse(parityItemSchema, { ...lesson('vi', 'care', 2), id: '' }).success).toBe(
      false,
    );
  });
});

describe('localeParityProblems', () => {
  it('finds nothing when both languages hold the same lessons in the same order', () => {
    expect(localeParityProblems('lesson', matching, LOCALES)).toEqual([]);
  });

  it('finds nothing when no lesson has been written yet', () => {
    expect(localeParityProblems('lesson', [], LOCALES)).toEqual([]);
  });

  it('names the file of a lesson that exists in Vietnamese only', () => {
    const items = [...matching, lesson('vi', 'focus', 3)];
    expect(localeParityProblems('lesson', items, LOCALES)).toEqual([
      'lesson "focus" exists in vi (content/lessons/vi/focus.mdx) but not in en',
    ]);
  });

  it('names the file of a lesson that exists in English only', () => {
    const items = [...matching, lesson('en', 'focus', 3)];
    expect(localeParityProblems('lesson', items, LOCALES)).toEqual([
      'lesson "focus" exists in en (content/lessons/en/focus.mdx) but not in vi',
    ]);
  });

  it('reports ids that differ between languages from both sides', () => {
    // The English file was renamed: "care" in Vietnamese, "caring" in English.
    const items = [lesson('vi', 'care', 1), lesson('en', 'caring', 1)];
    expect(localeParityProblems('lesson', items, LOCALES)).toEqual([
      'lesson "care" exists in vi (content/lessons/vi/care.mdx) but not in en',
      'lesson "caring" exists in en (content/lessons/en/caring.mdx) but not in vi',
    ]);
  });

  it('reports a lesson placed differently in the path of the other language', () => {
    const items = [
      lesson('vi', 'resource', 1),
      lesson('vi', 'care', 2),
      lesson('en', 'resource', 2),
      lesson('en', 'care', 1),
    ];
    expect(localeParityProblems('lesson', items, LOCALES)).toEqual([
      'lesson "resource" is at position 1 in vi (content/lessons/vi/resource.mdx) but 2 in en (content/lessons/en/resource.mdx): keep the same order in every language',
      'lesson "care" is at position 2 in vi (content/lessons/vi/care.mdx) but 1 in en (content/lessons/en/care.mdx): keep the same order in every language',
    ]);
  });

  it('reports two lessons sharing a position in one language', () => {
    const items = [...matching.slice(0, 2), lesson('vi', 'focus', 2), lesson('en', 'focus', 3)];
    const problems = localeParityProblems('lesson', items, LOCALES);
    expect(problems).toContain(
      'lessons "care" and "focus" share position 2 in vi (content/lessons/vi/care.mdx, content/lessons/vi/focus.mdx)',
    );
  });

  it('reports an id used twice in one language', () => {
    const twice = { ...lesson('vi', 'care', 3), file: 'content/lessons/vi/care-copy.mdx' };
    expect(localeParityProblems('lesson', [...matching, twice], LOCALES)).toEqual([
      'lesson "care" appears twice in vi: content/lessons/vi/care.mdx and content/lessons/vi/care-copy.mdx',
    ]);
  });

  it('reports a file in a folder that is not a workbook language', () => {
    expect(localeParityProblems('lesson', [...matching, lesson('fr', 'care', 2)], LOCALES)).toEqual(
      [
        'lesson "care" (content/lessons/fr/care.mdx) is in "fr", which is not a workbook language (vi, en)',
      ],
    );
  });

  it('checks glossary terms by their place in the terms list', () => {
    const term = (locale: string, id: string, position: number): ParityItem => ({
      locale,
      id,
      position,
      file: `content/glossary/${locale}.mdx`,
    });
    // The English glossary lacks "broker" and so lists "bridge" one place earlier.
    const items = [term('vi', 'broker', 0), term('vi', 'bridge', 1), term('en', 'bridge', 0)];
    expect(localeParityProblems('glossary term', items, LOCALES)).toEqual([
      'glossary term "broker" exists in vi (content/glossary/vi.mdx) but not in en',
      'glossary term "bridge" is at position 1 in vi (content/glossary/vi.mdx) but 0 in en (content/glossary/en.mdx): keep the same order in every language',
    ]);
  });
});

describe('fileNameProblems', () => {
  it('accepts files named after their id', () => {
    expect(fileNameProblems(matching)).toEqual([]);
  });

  it('names a file whose name is not its id', () => {
    const renamed = { ...lesson('en', 'care', 2), file: 'content/lessons/en/sharing.mdx' };
    expect(fileNameProblems([renamed])).toEqual([
      'content/lessons/en/sharing.mdx declares id "care": name the file care.mdx',
    ]);
  });
});

describe('assertLocaleParity', () => {
  it('returns quietly when the languages match', () => {
    expect(() => assertLocaleParity('lesson', matching, LOCALES)).not.toThrow();
  });

  it('throws one error listing every problem, each naming its file', () => {
    const items = [...matching, lesson('vi', 'focus', 3), lesson('en', 'intro', 4)];
    expect(() => assertLocaleParity('lesson', items, LOCALES)).toThrow(
      'lessons/assertLocaleParity: the lessons differ between languages:\n' +
        '  - lesson "focus" exists in vi (content/lessons/vi/focus.mdx) but not in en\n' +
        '  - lesson "intro" exists in en (content/lessons/en/intro.mdx) but not in vi',
    );
  });

  it('checks file names only when asked to', () => {
    const renamed = [
      lesson('vi', 'care', 1),
      { ...lesson('en', 'care', 1), file: 'content/lessons/en/sharing.mdx' },
    ];
    expect(() => assertLocaleParity('lesson', renamed, LOCALES)).not.toThrow();
    expect(() => assertLocaleParity('lesson', renamed, LOCALES, { fileNamedById: true })).toThrow(
      'content/lessons/en/sharing.mdx declares id "care"',
    );
  });
});

// The build runs the check on the entries Astro parsed; here the real files are read line by line,
// which is enough because `id`, `order` and the glossary's `terms` are one-line YAML scalars.
describe('the workbook content', () => {
  const frontmatter = (file: string) => readFileSync(file, 'utf8').split('---')[1] ?? '';

  it('has every lesson in both languages, in the same order', () => {
    const items = LOCALES.flatMap((locale) =>
      readdirSync(join('content/lessons', locale)).map((name) => {
        const file = `content/lessons/${locale}/${name}`;
        const yaml = frontmatter(file);
        const id = /^id: *'?([\w-]+)'?$/m.exec(yaml)?.[1] ?? '';
        const order = Number(/^order: *(\d+)$/m.exec(yaml)?.[1]);
        return { locale, id, position: order, file };
      }),
    );
    expect(items.length).toBeGreaterThan(0);
    expect(localeParityProblems('lesson', items, LOCALES)).toEqual([]);
    expect(fileNameProblems(items)).toEqual([]);
  });

  it('has the same glossary terms in both languages', () => {
    const items = LOCALES.flatMap((locale) => {
      const file = `content/glossary/${locale}.mdx`;
      const block = /^terms:\n((?: +- .+\n)+)/m.exec(frontmatter(file))?.[1] ?? '';
      return block
        .trim()
        .split('\n')
        .map((line, position) => ({ locale, id: line.replace(/^ *- */, ''), position, file }));
    });
    expect(items.length).toBeGreaterThan(LOCALES.length);
    expect(localeParityProblems('glossary term', items, LOCALES)).toEqual([]);
  });
});
