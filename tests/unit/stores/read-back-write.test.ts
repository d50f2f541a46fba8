// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { object } from '../../../src/lib/schema/json-values';

/*
 * A large map is written after the edit's frame is painted (persistence-write.ts), and one that
 * outgrew localStorage is read back from IndexedDB after the page opens. Putting the value read
 * back on screen must not write it back (serialising and hashing 30,000 people for nothing, in one
 * long task), and a large value's first write after that serialises it a slice at a time. Nothing
 * may be lost for either: the next edit, leaving the page and reads all still see the latest map.
 */
const schema = object({ items: v.array(v.string()) });
const initial = () => ({ items: [] as string[] });
/** About 1.2 million characters once encoded: over the 1 million at which a collection spills. */
const big = (extra: string[] = []) => ({
  items: [
    ...Array.from({ length: 12_000 }, (_, i) => `Nguyễn Văn Anh ${i} `.padEnd(96, '·')),
    ...extra,
  ],
});
type Items = ReturnType<typeof initial>;

const KEY = 'syn:network';

/** Fresh store modules, as a page would load them, and the map's store. */
async function load(prepareText?: (value: Items) => Iterator<unknown>): Promise<
  Awaited<ReturnType<typeof modules>> & {
    store: import('nanostores').WritableAtom<Items>;
  }
> {
  window.dispatchEvent(new Event('pagehide'));
  vi.resetModules();
  const loaded = await modules();
  const store = loaded.persistentCollection<Items>({
    name: 'network',
    version: 1,
    schema,
    initial,
    spill: true,
    writeAfterPaint: true,
    toPieces: (value) => ['{"v":1,"data":', JSON.stringify(value), '}'],
    ...(prepareText ? { prepareText } : {}),
  });
  // A widget on the page listens to the map, as the map's island does.
  store.listen(() => undefined);
  return { ...loaded, store };
}

async function modules() {
  const persistence = {
    ...(await import('../../../src/stores/persistence')),
    ...(await import('../../../src/stores/workbook-actions')),
  };
  const health = await import('../../../src/stores/storage-health');
  const indexedDb = await import('../../../src/stores/persistence-indexeddb');
  return { ...persistence, ...health, ...indexedDb };
}

/**
 * Counts what reaches storage from now on: values put in IndexedDB and the key set in
 * localStorage (reading the map serialises it once to check it, which is no write).
 */
function countWrites(): { readonly count: number } {
  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  return {
    get count() {
      return put.mock.calls.length + setItem.mock.calls.filter(([key]) => key === KEY).length;
    },
  };
}

/** Resolves once the next frame is painted and a few tasks after it have run. */
const painted = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => setTimeout(() => setTimeout(resolve, 1), 1), 1)),
  );

function setHidden(hidden: boolean): void {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
}

/** A first visit that saved a map too large for localStorage; returns its text in IndexedDB. */
async function savedInIndexedDb(): Promise<string> {
  const first = await load();
  first.store.set(big());
  await vi.waitFor(() => expect(localStorage.getItem(KEY)).toContain('"spilled":true'));
  const text = await first.getSpilled(KEY);
  if (text === undefined) throw new Error('test: nothing in IndexedDB');
  return text;
}

beforeEach(() => {
  localStorage.clear();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  setHidden(false);
  vi.restoreAllMocks();
});

describe('a large map read back from IndexedDB', () => {
  it('is shown without being serialised or written again', async () => {
    const text = await savedInIndexedDb();
    const pointer = localStorage.getItem(KEY);
    const { store, storageHealth, getSpilled } = await load();
    const writes = countWrites();
    await vi.waitFor(() => expect(storageHealth.get()['network']).toBeUndefined());
    expect(store.get()).toEqual(big());
    await painted();
    await painted();
    expect(writes.count).toBe(0);
    expect(localStorage.getItem(KEY)).toBe(pointer);
    expect(await getSpilled(KEY)).toBe(text);
  });

  it('is not written back when it arrives in a hidden tab either', async () => {
    await savedInIndexedDb();
    setHidden(true);
    const { storageHealth } = await load();
    const writes = countWrites();
    await vi.waitFor(() => expect(storageHealth.get()['network']).toBeUndefined());
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(writes.count).toBe(0);
  });

  it('reads back as the stored text, and is not read again when the page is shown again', async () => {
    const text = await savedInIndexedDb();
    const { store, storageHealth, readStoredText } = await load();
    const writes = countWrites();
    await vi.waitFor(() => expect(storageHealth.get()['network']).toBeUndefined());
    const shown = store.get();
    expect(await readStoredText(KEY)).toBe(text);
    // Back from the back-forward cache: the store checks storage against what it last wrote.
    window.dispatchEvent(new Event('pageshow'));
    expect(store.get()).toBe(shown);
    await painted();
    expect(writes.count).toBe(0);
  });

  it('saves the next edit as usual, to IndexedDB', async () => {
    await savedInIndexedDb();
    const { store, storageHealth, getSpilled } = await load();
    await vi.waitFor(() => expect(storageHealth.get()['network']).toBeUndefined());
    store.set(big(['Trần Thị Lan']));
    await painted();
    await vi.waitFor(async () =>
      expect(JSON.parse((await getSpilled(KEY)) ?? '{}')).toEqual({
        v: 1,
        data: big(['Trần Thị Lan']),
      }),
    );
  });

  it('wins over an edit made while it was still loading, as before', async () => {
    const text = await savedInIndexedDb();
    const { store, storageHealth, getSpilled, readStoredText } = await load();
    expect(storageHealth.get()['network']).toEqual({ state: 'loading' });
    store.set({ items: ['too early'] });
    await vi.waitFor(() => expect(storageHealth.get()['network']).toBeUndefined());
    await painted();
    expect(store.get()).toEqual(big());
    expect(await getSpilled(KEY)).toBe(text);
    expect(await readStoredText(KEY)).toBe(text);
  });
});

/** A preparation of `steps` steps of about `ms` each, recording the task each step ran in. */
function slowPreparation(steps: number, ms: number) {
  const tasks: number[] = [];
  let task = 0;
  let counting = false;
  function* prepare(): Generator<undefined, void> {
    for (let step = 0; step < steps; step++) {
      // A microtask runs only between tasks: steps of one task see the same number.
      if (!counting) {
        counting = true;
        queueMicrotask(() => {
          counting = false;
          task += 1;
        });
      }
      tasks.push(task);
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // Busy, as serialising records is.
      }
      yield;
    }
  }
  return { prepare, tasks };
}

describe('the write of a value that prepares its text ahead', () => {
  it('prepares it a slice at a time, in several tasks, then writes it whole', async () => {
    const { prepare, tasks } = slowPreparation(12, 3);
    const { store } = await load(prepare);
    store.set({ items: ['Lê Minh'] });
    await vi.waitFor(() => expect(localStorage.getItem(KEY)).toContain('Lê Minh'));
    expect(tasks).toHaveLength(12);
    // 12 steps of 3 ms in slices of about 8 ms: at least four tasks, never all in one.
    expect(new Set(tasks).size).toBeGreaterThanOrEqual(4);
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toEqual({
      v: 1,
      data: { items: ['Lê Minh'] },
    });
  });

  it('is written at once when the reader leaves the page while it is being prepared', async () => {
    const { prepare, tasks } = slowPreparation(40, 3);
    const { store } = await load(prepare);
    store.set({ items: ['Phạm Thu'] });
    await vi.waitFor(() => expect(tasks.length).toBeGreaterThan(0));
    expect(localStorage.getItem(KEY)).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toEqual({
      v: 1,
      data: { items: ['Phạm Thu'] },
    });
  });

  it('writes the latest of edits made while an earlier one was being prepared', async () => {
    const { prepare } = slowPreparation(20, 3);
    const { store } = await load(prepare);
    store.set({ items: ['Võ Thanh'] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    store.set({ items: ['Võ Thanh', 'Đặng Hải'] });
    await vi.waitFor(() => expect(localStorage.getItem(KEY)).toContain('Đặng Hải'));
    await painted();
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toEqual({
      v: 1,
      data: { items: ['Võ Thanh', 'Đặng Hải'] },
    });
  });
});
