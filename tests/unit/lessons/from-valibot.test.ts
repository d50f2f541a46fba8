import { describe, expect, it } from 'vitest';
import { lessonMetaSchema } from '../../../src/lib/lessons/lesson-meta';
import { fromValibot } from '../../../src/loaders/from-valibot';

const lesson = {
  id: 'share-with-care',
  order: 3,
  title: 'Chia sẻ có chọn lọc',
  description: 'Khi nào nên giới thiệu hai người với nhau.',
  objectives: ['Hỏi ý cả hai bên trước'],
  readingMinutes: 6,
  reflection: 'Lần gần nhất bạn giới thiệu ai đó là khi nào?',
};

describe('a lesson schema handed to Astro', () => {
  it('reads valid frontmatter with the defaults filled', () => {
    const parsed = fromValibot(lessonMetaSchema).safeParse(lesson);
    expect(parsed.success && parsed.data).toEqual({ ...lesson, questions: [], widgets: [] });
  });

  it('fails on broken frontmatter, naming each field to fix', () => {
    const parsed = fromValibot(lessonMetaSchema).safeParse({
      ...lesson,
      order: 0,
      widgets: ['network-map', 'a-widget-that-does-not-exist'],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([['order'], ['widgets', 1]]);
    expect(parsed.error?.issues[0]?.message).toMatch(/Expected >=1 but received 0/);
  });

  it('refuses frontmatter that is a list', () => {
    expect(fromValibot(lessonMetaSchema).safeParse([lesson]).success).toBe(false);
  });
});
