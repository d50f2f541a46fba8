import { z } from 'zod';

/**
 * The reader's way through the lessons: when each was first opened and when each was marked done
 * (ISO timestamps, by lesson id), and the lesson opened last.
 */
export const progressSchema = z.object({
  visited: z.record(z.string(), z.string()).default({}),
  done: z.record(z.string(), z.string()).default({}),
  last: z.string().optional(),
});

export type Progress = z.infer<typeof progressSchema>;

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
