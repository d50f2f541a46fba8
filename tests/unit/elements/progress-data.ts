/** Stored lesson progress, as the persistence layer writes it (version 2). */
export function storedProgress(progress: {
  visited?: Record<string, string>;
  done?: Record<string, string>;
  practice?: Record<string, { first: string; last: string; tries: number; at: string }>;
}): Record<string, string> {
  return {
    'syn:progress': JSON.stringify({
      v: 2,
      data: { visited: {}, done: {}, ...progress },
    }),
  };
}

/** What the progress in localStorage holds now. */
export function readProgress(): {
  visited: Record<string, string>;
  done: Record<string, string>;
  practice?: Record<string, { first: string; last: string }>;
} {
  const raw = localStorage.getItem('syn:progress');
  if (raw === null) return { visited: {}, done: {} };
  return (JSON.parse(raw) as { data: ReturnType<typeof readProgress> }).data;
}

/** A progress value no reader could have saved: cut off mid-way (a crash while writing). */
export const BROKEN_PROGRESS = { 'syn:progress': '{"v":2,"data":{"visited":[1,2' };
