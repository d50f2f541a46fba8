import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../lib/i18n/locale';
import { localizedPath } from './localized-path';

export type LessonEntry = CollectionEntry<'lessons'>;

/** The lessons of one locale in reading order (files live in content/lessons/<locale>/). */
export async function getLessons(locale: Locale): Promise<LessonEntry[]> {
  const all = await getCollection('lessons', (entry) => entry.id.startsWith(`${locale}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** The address of a lesson page. */
export function lessonHref(locale: Locale, lesson: LessonEntry): string {
  return localizedPath(locale, `lessons/${lesson.data.id}/`);
}
