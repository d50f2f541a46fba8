// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { object } from '../../../src/lib/schema/json-values';

/*
 * Collections that may outgrow localStorage (a 30,000-person network) move to IndexedDB with a
 * pointer left in localStorage. These tests use fake-indexeddb, since jsdom has no IndexedDB.
 */
const schema = object({ items: v.array(v.string()) });
const initial = () => ({ items: [] as string[] });
/** About 1.2 million characters once encoded: over the 1 million at which a collection spills. */
const big = () => ({
  items: Array.from({ length: 12_000 }, (_, i) => `person ${i} `.padEnd(96, '·')),
});

async function load() {
  vi.resetModules();
  const persistence = {
    ...(await import('../../../src/stores/persistence')),
    ...(await import('../../../src/stores/workbook-actions')),
  };
  const health = await import('../../../src/stores/storage-health');
  const indexedDb = await import('../../../src/stores/persistence-indexeddb');
  return { ...persistence, ...health, ...indexedDb };
}

beforeEach(() => {
  localStorage.clear();
  globalThis.indexedDB = new IDBFactory();
});

describe('a spillable collection', () => {
  it('keeps a large value in IndexedDB and only a pointer in localStorage', async () => {
    const { persistentCollection, getSpilled, storageHealth } = await load();
    const store = persistentCollection({
      name: 'network',
      version: 1,
      schema,
      initial,
      spill: true,
    });
    store.set(big());

    await vi.waitFor(() => expect(localStorage.getItem('syn:network')).toContain('"spilled":true'));
    const pointer = JSON.parse(localStorage.getItem('syn:network') ?? '{}') as { chars: number };
    const text = await getSpilled('syn:network');
    expect(text?.length).toBe(pointer.chars);
    expect(JSON.parse(text ?? '{}')).toEqual({ v: 1, data: big() });
    expect(storageHealth.get()['network']).toBeUndefined();
  });

  it('reads the value back on the next visit, holding writes until it has arrived', async () => {
    const first = await load();
    first
      .persistentCollection({ name: 'network', version: 1, schema, initial, spill: true })
      .set(big());
    await vi.waitFor(() => expect(localStorage.getItem('syn:network')).toContain('spilled'));
    const pointer = localStorage.getItem('syn:network');

    const { persistentCollection, storageHealth } = await load();
    const store = persistentCollection({
      name: 'network',
      version: 1,
      schema,
      initial,
      spill: true,
    });
    expect(storageHealth.get()['network']).toEqual({ state: 'loading' });
    // A write while loading must not replace the stored value with an almost empty one.
    store.set({ items: ['too early'] });
    expect(localStorage.getItem('syn:network')).toBe(pointer);

    await vi.waitFor(() => expect(storageHealth.get()['network']).toBeUndefined());
    expect(store.get()).toEqual(big());
  });

  it('moves back to localStorage when the value shrinks, and drops the IndexedDB copy', async () => {
    const { persistentCollection, getSpilled } = await load();
    const store = persistentCollection({
      name: 'network',
      version: 1,
      schema,
      initial,
      spill: true,
    });
    store.set(big());
    await vi.waitFor(() => expect(localStorage.getItem('syn:network')).toContain('spilled'));

    store.set({ items: ['small again'] });
    expect(JSON.parse(localStorage.getItem('syn:network') ?? '{}')).toEqual({
      v: 1,
      data: { items: ['small again'] },
    });
    await vi.waitFor(async () => expect(await getSpilled('syn:network')).toBeUndefined());
  });

  it('reports a pointer whose value is missing as damaged and keeps the pointer', async () => {
    const pointer = '{"v":1,"spilled":true,"chars":1234567}';
    localStorage.setItem('syn:network', pointer);
    const { persistentCollection, storageHealth } = await load();
    const store = persistentCollection({
      name: 'network',
      version: 1,
      schema,
      initial,
      spill: true,
    });
    await vi.waitFor(() =>
      expect(storageHealth.get()['network']).toMatchObject({
        state: 'damaged',
        problem: 'missing-spill',
      }),
    );
    store.set({ items: ['typed'] });
    expect(localStorage.getItem('syn:network')).toBe(pointer);
  });

  it('stays in localStorage when the collection may not spill, however large', async () => {
    const { persistentCollection } = await load();
    const store = persistentCollection({ name: 'answers', version: 1, schema, initial });
    store.set(big());
    expect(JSON.parse(localStorage.getItem('syn:answers') ?? '{}')).toEqual({ v: 1, data: big() });
  });

  it('is listed with its full size and cleared with everything else', async () => {
    const { persistentCollection, listStoredEntries, clearWorkbook, getSpilled } = await load();
    const store = persistentCollection({
      name: 'network',
      version: 1,
      schema,
      initial,
      spill: true,
    });
    store.set(big());
    await vi.waitFor(() => expect(localStorage.getItem('syn:network')).toContain('spilled'));

    const [entry] = listStoredEntries();
    expect(entry).toMatchObject({ key: 'syn:network', inIndexedDb: true });
    expect(entry?.chars).toBeGreaterThan(1_000_000);

    clearWorkbook();
    expect(localStorage.getItem('syn:network')).toBeNull();
    await vi.waitFor(async () => expect(await getSpilled('syn:network')).toBeUndefined());
  });
});
