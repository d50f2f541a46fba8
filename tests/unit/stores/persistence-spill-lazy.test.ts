// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { object } from '../../../src/lib/schema/json-values';

/*
 * The IndexedDB code (stores/persistence-indexeddb.ts) is not part of a page's first JavaScript:
 * it is fetched when a stored pointer is read or a value grows large. These tests count when
 * that module is fetched, and hold or fail its fetch, to show that no value is lost meanwhile.
 */
const schema = object({ items: v.array(v.string()) });
const initial = () => ({ items: [] as string[] });
const INDEXED_DB = '../../../src/stores/persistence-indexeddb';

/** About `chars` characters once encoded, in 100-character contacts. */
const contacts = (chars: number) => ({
  items: Array.from({ length: Math.ceil(chars / 100) }, (_, i) =>
    `Nguyễn Văn Anh ${i} `.padEnd(96, '·'),
  ),
});

/** How the IndexedDB module's fetch behaves in one test. */
let fetches = 0;
let gate: Promise<void> = Promise.resolve();
let failing = 0;

async function load() {
  vi.resetModules();
  vi.doMock(INDEXED_DB, async (importOriginal) => {
    fetches += 1;
    await gate;
    if (failing > 0) {
      failing -= 1;
      throw new TypeError('Failed to fetch dynamically imported module');
    }
    return importOriginal();
  });
  const persistence = {
    ...(await import('../../../src/stores/persistence')),
    ...(await import('../../../src/stores/workbook-actions')),
  };
  const health = await import('../../../src/stores/storage-health');
  const pending = await import('../../../src/stores/pending-writes');
  return { ...persistence, ...health, ...pending };
}

const network = (persistentCollection: Awaited<ReturnType<typeof load>>['persistentCollection']) =>
  persistentCollection({ name: 'network', version: 1, schema, initial, spill: true });

/** The text IndexedDB holds for the map, read with the real module. */
async function spilledText(): Promise<string | undefined> {
  vi.doUnmock(INDEXED_DB);
  const { getSpilled } = await import('../../../src/stores/persistence-indexeddb');
  return getSpilled('syn:network');
}

beforeEach(() => {
  localStorage.clear();
  globalThis.indexedDB = new IDBFactory();
  fetches = 0;
  gate = Promise.resolve();
  failing = 0;
});

afterEach(() => {
  vi.doUnmock(INDEXED_DB);
  vi.useRealTimers();
});

describe('the IndexedDB code', () => {
  it('is not fetched while every value is small', async () => {
    const { persistentCollection } = await load();
    const store = network(persistentCollection);
    store.set(contacts(20_000));
    store.set(contacts(300_000));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetches).toBe(0);
    expect(JSON.parse(localStorage.getItem('syn:network') ?? '{}')).toEqual({
      v: 1,
      data: contacts(300_000),
    });
  });

  it('is fetched ahead of need once a map is half way to moving, and the map stays put', async () => {
    const { persistentCollection } = await load();
    network(persistentCollection).set(contacts(600_000));
    await vi.waitFor(() => expect(fetches).toBe(1));
    expect(localStorage.getItem('syn:network')).not.toContain('"spilled"');
  });

  it('is fetched when a pointer is stored, and the value read back', async () => {
    const first = await load();
    network(first.persistentCollection).set(contacts(1_200_000));
    await vi.waitFor(() => expect(localStorage.getItem('syn:network')).toContain('"spilled"'));

    fetches = 0;
    const { persistentCollection, storageHealth } = await load();
    const store = network(persistentCollection);
    expect(storageHealth.get()['network']).toEqual({ state: 'loading' });
    await vi.waitFor(() => expect(storageHealth.get()['network']).toBeUndefined());
    expect(fetches).toBe(1);
    expect(store.get()).toEqual(contacts(1_200_000));
  });
});

describe('a large value written before the IndexedDB code has arrived', () => {
  it('is in localStorage at once, so leaving the page then loses nothing, and moves later', async () => {
    let open = () => {};
    gate = new Promise((resolve) => (open = resolve));
    const { persistentCollection, flushPendingWrites, whenSaved } = await load();
    // An import: the map jumps from empty to past the spill size in one write.
    network(persistentCollection).set(contacts(1_200_000));
    flushPendingWrites();
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem('syn:network') ?? '{}')).toEqual({
      v: 1,
      data: contacts(1_200_000),
    });

    open();
    expect(await whenSaved('network')).toBe(true);
    expect(localStorage.getItem('syn:network')).toContain('"spilled":true');
    expect(JSON.parse((await spilledText()) ?? '{}')).toEqual({ v: 1, data: contacts(1_200_000) });
  });

  it('stays saved in localStorage when the code cannot be fetched', async () => {
    failing = 1;
    const { persistentCollection, storageHealth, whenSaved } = await load();
    network(persistentCollection).set(contacts(1_200_000));
    expect(await whenSaved('network')).toBe(true);
    expect(storageHealth.get()['network']).toBeUndefined();
    expect(JSON.parse(localStorage.getItem('syn:network') ?? '{}')).toEqual({
      v: 1,
      data: contacts(1_200_000),
    });
  });

  it('too large for localStorage, is reported unsaved when the code cannot be fetched', async () => {
    failing = 1;
    const { persistentCollection, storageHealth, whenSaved } = await load();
    const store = network(persistentCollection);
    store.set(contacts(4_600_000));
    expect(await whenSaved('network')).toBe(false);
    expect(storageHealth.get()['network']).toMatchObject({ state: 'unsaved' });
    // Still on screen, so that the reader can export it.
    expect(store.get()).toEqual(contacts(4_600_000));
  });

  it('only the latest of several quick writes is stored', async () => {
    let open = () => {};
    gate = new Promise((resolve) => (open = resolve));
    const { persistentCollection, whenSaved } = await load();
    const store = network(persistentCollection);
    store.set(contacts(1_200_000));
    store.set(contacts(1_300_000));
    open();
    expect(await whenSaved('network')).toBe(true);
    expect(JSON.parse((await spilledText()) ?? '{}')).toEqual({ v: 1, data: contacts(1_300_000) });
    const pointer = JSON.parse(localStorage.getItem('syn:network') ?? '{}') as { chars: number };
    expect(pointer.chars).toBe(JSON.stringify({ v: 1, data: contacts(1_300_000) }).length);
  });
});

describe('a stored pointer whose code cannot be fetched', () => {
  it('keeps the map loading and the pointer untouched, and reads it once the code arrives', async () => {
    const first = await load();
    network(first.persistentCollection).set(contacts(1_200_000));
    await vi.waitFor(() => expect(localStorage.getItem('syn:network')).toContain('"spilled"'));
    const pointer = localStorage.getItem('syn:network');

    failing = 1;
    const { persistentCollection, storageHealth } = await load();
    const store = network(persistentCollection);
    await vi.waitFor(() => expect(fetches).toBe(1));
    // A write while the code is missing must not replace the pointer with an almost empty map.
    store.set({ items: ['typed too early'] });
    expect(localStorage.getItem('syn:network')).toBe(pointer);
    expect(storageHealth.get()['network']).toEqual({ state: 'loading' });

    // Asked for again two seconds later: this time it arrives.
    await vi.waitFor(() => expect(storageHealth.get()['network']).toBeUndefined(), {
      timeout: 5000,
    });
    expect(store.get()).toEqual(contacts(1_200_000));
    expect(localStorage.getItem('syn:network')).toBe(pointer);
  });
});
