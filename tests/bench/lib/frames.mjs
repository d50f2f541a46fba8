/**
 * Frame times while a gesture runs: the page records the time between animation frames
 * (requestAnimationFrame deltas) while Node moves the real mouse, so the figures include event
 * handling, Svelte's updates, style, layout and paint.
 */

/** Starts recording frame deltas in the page. */
export async function startFrames(page) {
  await page.evaluate(() => {
    const state = { deltas: [], running: true, last: 0 };
    globalThis.__benchFrames = state;
    const tick = (now) => {
      if (state.last) state.deltas.push(now - state.last);
      state.last = now;
      if (state.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Stops recording; returns the frame deltas in milliseconds (the first one left out). */
export async function stopFrames(page) {
  return page.evaluate(async () => {
    const state = globalThis.__benchFrames;
    state.running = false;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return state.deltas.slice(1);
  });
}

/**
 * Presses the mouse at `from`, moves it along a path for `durationMs` (one move every 8 ms,
 * about two per frame, like a real mouse), then releases it.
 * @param path (t in 0..1) → { x, y }, in page (viewport) pixels
 */
export async function gesture(page, path, durationMs = 2000) {
  const start = path(0);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const began = Date.now();
  for (;;) {
    const t = Math.min(1, (Date.now() - began) / durationMs);
    const point = path(t);
    await page.mouse.move(point.x, point.y);
    if (t >= 1) break;
    await new Promise((resolve) => setTimeout(resolve, 8));
  }
  await page.mouse.up();
}
