/**
 * Passes a stepped computation through, recording the time spent in its steps (not the pauses
 * between them) as a performance measure named `name`, which `npm run bench` reads.
 */
export function* measuredSteps<R>(
  name: string,
  steps: Generator<undefined, R>,
): Generator<undefined, R> {
  let spent = 0;
  const began = performance.now();
  for (;;) {
    const start = performance.now();
    const step = steps.next();
    spent += performance.now() - start;
    if (step.done === true) {
      try {
        performance.measure(name, { start: began, duration: spent });
      } catch {
        // Timing is a nicety; a browser without measure options must still show the figures.
      }
      return step.value;
    }
    yield;
  }
}
