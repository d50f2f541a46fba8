import type { Progress } from '../lessons/progress';

/**
 * Lesson progress from two browsers, joined: a lesson opened or done in either counts; the first
 * visit keeps its earliest time and a lesson done keeps the time it was first marked done. The
 * reader's "last lesson" here wins over the backup's.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const merged: Progress = {
    visited: earliest(current.visited, incoming.visited),
    done: earliest(current.done, incoming.done),
  };
  // Practice choices: this browser's stand, and the backup's for scenarios tried only there.
  if (current.practice !== undefined || incoming.practice !== undefined) {
    merged.practice = { ...incoming.practice, ...current.practice };
  }
  const last = current.last ?? incoming.last;
  if (last !== undefined) merged.last = last;
  return merged;
}

/** Both records' keys, each with the earlier of its ISO timestamps. */
function earliest(
  first: Readonly<Record<string, string>>,
  second: Readonly<Record<string, string>>,
): Record<string, string> {
  const joined: Record<string, string> = {};
  for (const record of [first, second]) {
    for (const [key, time] of Object.entries(record)) {
      const known = Object.hasOwn(joined, key) ? joined[key] : undefined;
      if (known === undefined || time < known) joined[key] = time;
    }
  }
  return joined;
}
