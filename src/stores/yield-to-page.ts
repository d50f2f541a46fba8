/*
 * Long work on the main thread (saving a 30,000-contact import) is cut into slices with a pause
 * between them, so that no task holds the page for more than a few tens of milliseconds: input,
 * animation and the browser's own work get their turn in between.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Gives the page a turn, then resolves: `scheduler.yield()` where the browser has it (the rest of
 * the work keeps its place at the front of the queue), else a message to a channel, which unlike
 * `setTimeout` is not clamped to 4 ms after a few nested calls.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined')
    return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Runs a generator to its end, giving the page a turn whenever the generator pauses. */
export async function runInSlices<R>(steps: Generator<undefined, R>): Promise<R> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) return step.value;
    await yieldToPage();
  }
}
