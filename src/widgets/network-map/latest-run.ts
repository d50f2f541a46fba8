import { yieldToPage } from '../../stores/yield-to-page';

/*
 * Work that follows an edit but need not be in the edit's frame (the map's figures): the edited
 * person, their row and their dot are painted first, and the work runs after that paint, a slice
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
}

/** A computation that is always about its latest input. */
export interface LatestRun<I> {
  /** Computes for `input` after the next paint, dropping any run for an earlier input. */
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
};

/**
 * Runs `steps(input)` for the latest requested input, after the next paint, in slices of about
 * `budget` ms (the generator pauses between its parts), and reports the result to `done`. A run
 * overtaken by a newer request stops at its next pause and never reports.
 *
 * @example const figures = latestRun(insightSteps, (network, insights) => show(insights));
 *          figures.request(network);
 */
export function latestRun<I, O>(
  steps: (input: I) => Generator<undefined, O>,
  done: (input: I, output: O) => void,
  timing: Partial<RunTiming> = {},
): LatestRun<I> {
  const { afterPaint, pause, now, budget } = { ...DEFAULT_TIMING, ...timing };
  /** Counts requests: a run whose number is no longer the latest has been overtaken. */
  let latest = 0;
  let waiting: { input: I } | undefined;

  async function run(input: I, ticket: number) {
    await afterPaint();
    if (ticket !== latest) return;
    const walk = steps(input);
    let sliceStart = now();
    for (;;) {
      const step = walk.next();
      if (step.done === true) {
        waiting = undefined;
        done(input, step.value);
        return;
      }
      if (now() - sliceStart >= budget) {
        await pause();
        if (ticket !== latest) return;
        sliceStart = now();
      }
    }
  }

  return {
    request(input) {
      latest += 1;
      waiting = { input };
      void run(input, latest);
    },
    flush() {
      if (!waiting) return;
      const { input } = waiting;
      latest += 1;
      waiting = undefined;
      const walk = steps(input);
      for (;;) {
        const step = walk.next();
        if (step.done === true) return done(input, step.value);
      }
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
