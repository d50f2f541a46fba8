import { emptyProgress, markVisited, progressSchema, setDone } from '../lib/lessons/progress';
import { persistentCollection } from './persistence';

/** The reader's progress through the lessons, kept in this browser. */
export const lessonProgress = persistentCollection({
  name: 'progress',
  version: 1,
  schema: progressSchema,
  initial: emptyProgress,
});

/** Records that the reader opened a lesson. */
export function visitLesson(lessonId: string): void {
  lessonProgress.set(markVisited(lessonProgress.get(), lessonId, new Date().toISOString()));
}

/** Marks a lesson done or not done. */
export function markLessonDone(lessonId: string, done: boolean): void {
  lessonProgress.set(setDone(lessonProgress.get(), lessonId, done, new Date().toISOString()));
}
