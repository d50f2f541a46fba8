import {
  choosePractice,
  emptyProgress,
  markVisited,
  progressMigrations,
  progressSchema,
  setDone,
} from '../lib/lessons/progress';
import type { OptionId } from '../lib/practice/scenarios';
import { persistentCollection } from './persistence';

/** The reader's progress through the lessons, kept in this browser. */
export const lessonProgress = persistentCollection({
  name: 'progress',
  version: 2,
  schema: progressSchema,
  migrations: progressMigrations,
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

/** Records the option the reader checked in a practice scenario. */
export function checkPracticeChoice(scenarioId: string, option: OptionId): void {
  lessonProgress.set(
    choosePractice(lessonProgress.get(), scenarioId, option, new Date().toISOString()),
  );
}
