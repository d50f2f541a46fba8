import * as v from 'valibot';
import { object, record } from '../schema/json-values';
import { practiceChoicesSchema, recordChoice, type PracticeChoices } from '../practice/scoring';
import type { OptionId } from '../practice/scenarios';

/**
 * The reader's way through the lessons: when each was first opened and when each was marked done
 * (ISO timestamps, by lesson id), the lesson opened last, and the choices made in the lessons'
 * practice scenarios (by scenario id; since version 2).
 */
export const progressSchema = object({
  visited: v.optional(record(v.string(), v.string()), {}),
  done: v.optional(record(v.string(), v.string()), {}),
  last: v.optional(v.string()),
  practice: v.optional(practiceChoicesSchema),
});

/**
 * Version 2 added the practice choices. Version 1 values read as they are (the field is optional);
 * the step exists so that a version-1 value is recognised and kept rather than refused.
 */
export const progressMigrations = { 1: (data: unknown) => data };

export type Progress = v.InferOutput<typeof progressSchema>;

/** No lesson opened yet. */
export function emptyProgress(): Progress {
  return { visited: {}, done: {} };
}

/** Records that a lesson was opened; the first visit's time is kept. */
export function markVisited(progress: Progress, lessonId: string, now: string): Progress {
  return {
    ...progress,
    visited: { [lessonId]: now, ...progress.visited },
    last: lessonId,
  };
}

/** Marks a lesson done, or not done again. */
export function setDone(
  progress: Progress,
  lessonId: string,
  done: boolean,
  now: string,
): Progress {
  const { [lessonId]: _previous, ...others } = progress.done;
  return { ...progress, done: done ? { ...others, [lessonId]: now } : others };
}

/**
 * Where "continue where you left off" leads: the first lesson, in order, that is not done; or
 * undefined when every lesson is done.
 *
 * @param lessonIds the lessons in reading order
 */
export function nextUnfinished(
  lessonIds: readonly string[],
  progress: Progress,
): string | undefined {
  return lessonIds.find((id) => !(id in progress.done));
}

/** Records one checked choice in a practice scenario (see `recordChoice`). */
export function choosePractice(
  progress: Progress,
  scenarioId: string,
  option: OptionId,
  now: string,
): Progress {
  return { ...progress, practice: recordChoice(progress.practice ?? {}, scenarioId, option, now) };
}

export type { PracticeChoices };
