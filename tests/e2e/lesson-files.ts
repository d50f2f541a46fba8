import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A lesson as its frontmatter describes it. */
export interface LessonFile {
  id: string;
  order: number;
  title: string;
}

/** Reads a one-line YAML scalar, plain or single-quoted ('' stands for one quote). */
function scalar(frontmatter: string, key: string): string {
  const raw = new RegExp(`^${key}: *(.+)$`, 'm').exec(frontmatter)?.[1]?.trim() ?? '';
  return raw.startsWith("'") ? raw.slice(1, -1).replaceAll("''", "'") : raw;
}

/**
 * The lessons of a locale in reading order, read from content/lessons/<locale>/ so that the
 * browser tests compare the built pages with what the authors wrote.
 */
export function lessonFiles(locale: string): LessonFile[] {
  const folder = join('content/lessons', locale);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const frontmatter = readFileSync(join(folder, name), 'utf8').split('---')[1] ?? '';
      return {
        id: scalar(frontmatter, 'id'),
        order: Number(scalar(frontmatter, 'order')),
        title: scalar(frontmatter, 'title'),
      };
    })
    .sort((a, b) => a.order - b.order);
}
