import * as v from 'valibot';
import { cleanup } from '@testing-library/svelte';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, vi } from 'vitest';
import { emptyNetwork, networkSchema } from '../../../../src/lib/network/network';
import { islandStrings } from '../../../../src/i18n/island-strings';
import { mapOnScreen, network, undoHistory, undoOnScreen } from '../../../../src/stores/network';

/**
 * The English strings the widget is given on the page (see src/pages/[locale]/map.astro): only the
 * keys its sources name, so a key the scan missed shows up as raw text in these tests.
 */
export const strings = islandStrings('en', 'widgets/network-map/NetworkMap.svelte');

/**
 * jsdom has no layout: no ResizeObserver (Svelte's bind:clientWidth uses it), no matchMedia.
 * Stand-ins that report nothing are enough, since the tests read the DOM, not pixels.
 */
export function stubBrowser(): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener() {},
    removeEventListener() {},
  }));
}

/** A clean map, storage and undo history before each test, and no component left mounted. */
export function useCleanMap(): void {
  // Rendering the whole widget takes a while on a busy machine.
  vi.setConfig({ testTimeout: 30_000 });
  beforeEach(() => {
    stubBrowser();
    localStorage.clear();
    network.set(emptyNetwork());
    undoHistory.set([]);
  });
  afterEach(() => {
    cleanup();
    // Unmount the stores now, while jsdom's window is still there to unbind from.
    // With the stores on screen that follow them (the sample switch's), or those would keep a
    // stale copy of the cleaned stores into the next test.
    cleanStores(mapOnScreen, undoOnScreen, network, undoHistory);
    vi.unstubAllGlobals();
  });
}

/** Puts a map in the store, completing each person from the schema's defaults. */
export function seed(input: {
  people: ({ id: string; name: string } & Record<string, unknown>)[];
  ties?: { a: string; b: string; strength?: 'weak' | 'strong' }[];
  issues?: string[];
}): void {
  network.set(v.parse(networkSchema, { ties: [], issues: [], ...input }));
}
