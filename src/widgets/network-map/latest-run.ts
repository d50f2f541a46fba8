import { yieldToPage } from '../../stores/yield-to-page';

/*
 * Work that follows an edit and must not hold up its frame (the map's figures): what fits in a
 * few milliseconds is done at once, in the edit's own task, so that it is painted with the edit;
 * the rest waits until the edited person, their row and their dot are painted, and runs a slice
 * at a time. Only the latest input counts: an edit made while the previous one's work is still
 * running drops that run, so a burst of edits costs one computation, not one per edit.
 */

/** How a run waits: for the next paint, and between two slices. */
export interface RunTiming {
  /** Resolves once the screen has shown what the page drew (default: the task after a frame). */
  afterPaint: () => Promise<void>;
  /** Resolves after giving the page a turn (default: `yieldToPage`). */
  pause: () => Promise<void>;
  /** The clock slices are measured with, in ms. */
  now: () => number;
  /** How long one slice may run before it pauses, in ms. */
  budget: number;
  /**
   * How long the work may run at once, in the task that requests it, before it waits for the
   * paint (0: it always waits). Work that ends within it is reported before `request` returns.
   */
  eager: number;
}

/** A computation that is always about its latest input. */
export interface LatestRun<I> {
  /**
   * Computes for `input`, dropping any run for an earlier input: at once as far as `eager`
   * allows, the rest after the next paint.
   */
  request(input: I): void;
  /** Finishes the pending run now, synchronously (when the result is needed at once). */
  flush(): void;
  /** Drops the pending run; nothing more is reported. */
  cancel(): void;
  /** Whether a run is waiting or under way. */
  readonly pending: boolean;
}

/** The task after the next frame: by then the browser has painted what changed before it. */
export function nextPaint(): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined') return yieldToPage();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const DEFAULT_TIMING: RunTiming = {
  afterPaint: nextPaint,
  pause: yieldToPage,
  now: () => performance.now(),
  budget: 12,
  eager: 0,
};

/**
 * Runs `steps(input)` for the latest requested input, in slices of about `budget` ms (the
 * generator pauses between its parts), and reports the result to `done`: up to `eager` ms of it
 * at once, the rest after the next paint. A run overtaken by a newer request stops at its next
 * pause and never reports.
 *
 * @example const figures = latestRun(insightSteps, (network, insights) => show(insights));
 *          figures.request(network);
 */
export function latestRun<I, O>(
  steps: (input: I) => Generator<undefined, O>,
  done: (input: I, output: O) => void,
  timing: Partial<RunTiming> = {},
): LatestRun<I> {
  const { afterPaint, pause, now, budget, eager } = { ...DEFAULT_TIMING, ...timing };
  /** Counts requests: a run whose number is no longer the latest has been overtaken. */
  let latest = 0;
  let waiting: { input: I; walk: Generator<undefined, O> } | undefined;

  /** Runs the waiting walk for up to `limit` ms; true once it has reported. */
  function advance(limit: number): boolean {
    if (!waiting) return true;
    const { input, walk } = waiting;
    const start = now();
    for (;;) {
      const step = walk.next();
      if (step.done === true) {
        waiting = undefined;
        done(input, step.value);
        return true;
      }
      if (now() - start >= limit) return false;
    }
  }

  async function rest(ticket: number) {
    await afterPaint();
    while (ticket === latest && !advance(budget)) {
      await pause();
    }
  }

  return {
    request(input) {
      latest += 1;
      waiting = { input, walk: steps(input) };
      if (eager > 0 && advance(eager)) return;
      void rest(latest);
    },
    flush() {
      latest += 1;
      advance(Infinity);
    },
    cancel() {
      latest += 1;
      waiting = undefined;
    },
    get pending() {
      return waiting !== undefined;
    },
  };
}
