import type { ClientDirective } from 'astro';

/*
 * `client:paced` (src/integrations/paced-hydration.ts): wakes an island as soon as the page loads,
 * as `client:load` does, but lets the browser run its own work between evaluating the island's code
 * and hydrating it. With `client:load` both happen in one task: on each widget page, the Svelte
 * runtime, the stores and the widget evaluated and the widget hydrated took 45–65 ms, four times
 * that on Lighthouse's slowed phone, and every millisecond past 50 of it counted as blocking time.
 * Two shorter tasks block less, and a tap or a paint waiting in between goes first. Each island
 * yields on its own, so two islands that wake together hydrate in tasks of their own.
 *
 * Nothing the reader does is lost in the gap: until its hydration a widget shows the server's
 * markup, whose controls are disabled (`mounted`), as they were while the code was fetched.
 */

interface YieldingScheduler {
  yield(): Promise<void>;
}

/** Ends the current task; the rest runs in a task of its own, ahead of ordinary timers if it can. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The directive. Astro's island awaits what its directive returns and reports a failure as a
 * hydration error, so this one hands back its promise (ClientDirective is typed as returning void).
 */
const pacedDirective = async (load: Parameters<ClientDirective>[0]): Promise<void> => {
  const hydrate = await load();
  await nextTask();
  await hydrate();
};

export default pacedDirective;
