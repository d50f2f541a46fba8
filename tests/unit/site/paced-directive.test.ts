// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import pacedDirective, { nextTask } from '../../../src/integrations/paced-directive';

/** Runs the directive on an island whose code "arrives" and queues other work at that moment. */
async function wakeIsland(order: string[]): Promise<void> {
  await pacedDirective(() => {
    order.push('code evaluated');
    // Work the browser has waiting when the island's code is in: a paint, a tap, a timer.
    setTimeout(() => order.push('other work'), 0);
    return Promise.resolve(() => {
      order.push('hydrated');
      // What the hydration leaves to finish in its own task (Svelte's effects, a store's start).
      queueMicrotask(() => order.push('hydration settled'));
      return Promise.resolve();
    });
  });
}

describe('the paced client directive', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('hydrates an island in a later task than the one that evaluated its code', async () => {
    const order: string[] = [];
    await wakeIsland(order);
    expect(order).toEqual(['code evaluated', 'other work', 'hydrated', 'hydration settled']);
  });

  it('hydrates two islands that wake together in tasks of their own', async () => {
    const order: string[] = [];
    const first = wakeIsland(order);
    const second = wakeIsland(order);
    await Promise.all([first, second]);
    // In one task, both hydrations would run before either settled.
    expect(order.slice(-4)).toEqual([
      'hydrated',
      'hydration settled',
      'hydrated',
      'hydration settled',
    ]);
  });

  it('uses the browser’s scheduler.yield where there is one', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    await nextTask();
    expect(yielded).toHaveBeenCalledTimes(1);
  });
});
