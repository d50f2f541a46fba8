import { afterAll } from 'vitest';

/*
 * nanostores unmounts a store one second after its last listener leaves, and
 * @nanostores/persistent then removes its `storage` listener from `window`. In a jsdom test file
 * the window is gone once the file ends, so a timer still pending then throws "window is not
 * defined" into whichever file runs next. Waiting out that second here keeps each file's timers
 * inside its own environment.
 */
afterAll(async () => {
  if (typeof window === 'undefined') return;
  await new Promise((resolve) => setTimeout(resolve, 1100));
});
