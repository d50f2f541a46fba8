/**
 * The longest main-thread task (Long Tasks API: any task over 50 ms) while one figure is measured:
 * the page records from its first script on (install `watchLongTasks` with addInitScript), and
 * each figure resets the record before it starts and reads it when done.
 */

/** Runs in the page: keeps the longest task seen since the last reset. */
export function watchLongTasks() {
  globalThis.__longestTask = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      globalThis.__longestTask = Math.max(globalThis.__longestTask, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
}

/** Forgets the longest task so far. */
export function resetLongestTask(page) {
  return page.evaluate(() => {
    globalThis.__longestTask = 0;
  });
}

/** The longest task since the last reset, in ms (0 when none passed 50 ms). */
export async function longestTask(page) {
  // Entries reach the observer after their task ends: give them a frame or two to arrive.
  await page.waitForTimeout(60);
  return page.evaluate(() => globalThis.__longestTask ?? 0);
}

/** Median, min and max of runs, and the longest task over all of them, for one table row. */
export function summary(values, digits = 1) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const round = (value) => Number(value.toFixed(digits));
  return {
    median: round(at(50)),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    runs: values.length,
  };
}
