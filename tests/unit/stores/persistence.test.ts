// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { object } from '../../../src/lib/schema/json-values';

/*
 * The persistence module keeps state (held keys, registered collections), so each test imports a
 * fresh copy after setting up localStorage the way the reader's browser would have it.
 */
type Persistence = typeof import('../../../src/stores/persistence') &
  typeof import('../../../src/stores/workbook-actions');
type Health = typeof import('../../../src/stores/storage-health');

const schema = object({ items: v.array(v.string()) });
const initial = () => ({ items: [] as string[] });

async function load(): Promise<Persistence & Health> {
  vi.resetModules();
  const persistence = {
    ...(await import('../../../src/stores/persistence')),
    ...(await import('../../../src/stores/workbook-actions')),
  };
  const health = await import('../../../src/stores/storage-health');
  return { ...persistence, ...health };
}

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('persistentCollection', () => {
  it('starts from the default and saves each change as a versioned value', async () => {
    const { persistentCollection } = await load();
    const store = persistentCollection({ name: 'notes', version: 1, schema, initial });
    expect(store.get()).toEqual({ items: [] });
    store.set({ items: ['Gặp chị Lan'] });
    expect(JSON.parse(localStorage.getItem('syn:notes') ?? '')).toEqual({
      v: 1,
      data: { items: ['Gặp chị Lan'] },
    });
  });

  it('reads what an earlier visit saved', async () => {
    localStorage.setItem('syn:notes', '{"v":1,"data":{"items":["a","b"]}}');
    const { persistentCollection } = await load();
    expect(persistentCollection({ name: 'notes', version: 1, schema, initial }).get()).toEqual({
      items: ['a', 'b'],
    });
  });

  it('falls back to the default on corrupt text, reports it and never writes over it', async () => {
    const raw = '{"v":1,"data":{"items":["a"';
    localStorage.setItem('syn:notes', raw);
    const { persistentCollection, storageHealth } = await load();
    const store = persistentCollection({ name: 'notes', version: 1, schema, initial });

    expect(store.get()).toEqual({ items: [] });
    expect(storageHealth.get()['notes']).toEqual({ state: 'damaged', problem: 'not-json', raw });

    store.set({ items: ['typed after the damage'] });
    expect(store.get()).toEqual({ items: ['typed after the damage'] });
    expect(localStorage.getItem('syn:notes')).toBe(raw);
  });

  it('treats a value of the wrong shape as damaged', async () => {
    localStorage.setItem('syn:notes', '{"v":1,"data":{"items":"not a list"}}');
    const { persistentCollection, storageHealth } = await load();
    persistentCollection({ name: 'notes', version: 1, schema, initial });
    expect(storageHealth.get()['notes']).toMatchObject({ state: 'damaged', problem: 'invalid' });
  });

  it('leaves a value from a newer version untouched and says so', async () => {
    const raw = '{"v":9,"data":{"future":true}}';
    localStorage.setItem('syn:notes', raw);
    const { persistentCollection, storageHealth } = await load();
    const store = persistentCollection({ name: 'notes', version: 1, schema, initial });
    store.set({ items: ['x'] });
    expect(storageHealth.get()['notes']).toEqual({ state: 'newer', version: 9, raw });
    expect(localStorage.getItem('syn:notes')).toBe(raw);
  });

  it('migrates an older value forward and saves it in the new shape on the next change', async () => {
    localStorage.setItem('syn:notes', '{"v":1,"data":["old"]}');
    const { persistentCollection } = await load();
    const store = persistentCollection({
      name: 'notes',
      version: 2,
      schema,
      initial,
      migrations: { 1: (data) => ({ items: data }) },
    });
    expect(store.get()).toEqual({ items: ['old'] });
    store.set({ items: ['old', 'new'] });
    expect(JSON.parse(localStorage.getItem('syn:notes') ?? '')).toEqual({
      v: 2,
      data: { items: ['old', 'new'] },
    });
  });

  it('keeps the work in memory and raises "not saved" when the storage is full', async () => {
    localStorage.setItem('syn:notes', '{"v":1,"data":{"items":["saved"]}}');
    const { persistentCollection, storageHealth } = await load();
    const store = persistentCollection({ name: 'notes', version: 1, schema, initial });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaError();
    });

    expect(() => store.set({ items: ['saved', 'unsaved'] })).not.toThrow();
    expect(store.get()).toEqual({ items: ['saved', 'unsaved'] });
    expect(storageHealth.get()['notes']).toEqual({ state: 'unsaved', reason: 'quota' });
    // The whole collection is one key: the old value is still complete, not half-written.
    expect(localStorage.getItem('syn:notes')).toBe('{"v":1,"data":{"items":["saved"]}}');

    vi.restoreAllMocks();
    store.set({ items: ['saved', 'unsaved', 'room again'] });
    expect(storageHealth.get()['notes']).toBeUndefined();
  });

  it('works in memory and says nothing is saved when storage is blocked', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { persistentCollection, storageHealth } = await load();
    const store = persistentCollection({ name: 'notes', version: 1, schema, initial });
    expect(storageHealth.get()['notes']).toEqual({ state: 'unsaved', reason: 'unavailable' });
    store.set({ items: ['only in memory'] });
    expect(store.get()).toEqual({ items: ['only in memory'] });
  });

  it('takes another tab’s change from the storage event', async () => {
    const { persistentCollection } = await load();
    const store = persistentCollection({ name: 'notes', version: 1, schema, initial });
    const unbind = store.listen(() => {});
    const newValue = '{"v":1,"data":{"items":["from the other tab"]}}';
    localStorage.setItem('syn:notes', newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: 'syn:notes', newValue }));
    expect(store.get()).toEqual({ items: ['from the other tab'] });
    unbind();
  });

  it('keeps its value when another tab writes something it cannot read', async () => {
    const { persistentCollection, storageHealth } = await load();
    const store = persistentCollection({ name: 'notes', version: 1, schema, initial });
    const unbind = store.listen(() => {});
    store.set({ items: ['mine'] });
    window.dispatchEvent(new StorageEvent('storage', { key: 'syn:notes', newValue: 'garbage' }));
    expect(store.get()).toEqual({ items: ['mine'] });
    expect(storageHealth.get()['notes']).toMatchObject({ state: 'damaged', raw: 'garbage' });
    unbind();
  });
});

describe('startAfresh', () => {
  it('keeps the damaged text under a quarantine key, then saves what is on screen', async () => {
    localStorage.setItem('syn:notes', 'garbage');
    const { persistentCollection, startAfresh, storageHealth } = await load();
    const store = persistentCollection({ name: 'notes', version: 1, schema, initial });
    store.set({ items: ['new start'] });

    expect(startAfresh('notes')).toBe(true);
    const quarantined = Object.keys(localStorage).filter((key) =>
      key.startsWith('syn:quarantine:notes:'),
    );
    expect(quarantined).toHaveLength(1);
    expect(localStorage.getItem(quarantined[0] ?? '')).toBe('garbage');
    expect(JSON.parse(localStorage.getItem('syn:notes') ?? '')).toEqual({
      v: 1,
      data: { items: ['new start'] },
    });
    expect(storageHealth.get()['notes']).toBeUndefined();
  });

  it('changes nothing when there is no room for the copy', async () => {
    localStorage.setItem('syn:notes', 'garbage');
    const { persistentCollection, startAfresh } = await load();
    persistentCollection({ name: 'notes', version: 1, schema, initial });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaError();
    });
    expect(startAfresh('notes')).toBe(false);
    vi.restoreAllMocks();
    expect(localStorage.getItem('syn:notes')).toBe('garbage');
  });

  it('can discard without a copy once the reader has downloaded it', async () => {
    localStorage.setItem('syn:notes', 'garbage');
    const { persistentCollection, startAfresh } = await load();
    persistentCollection({ name: 'notes', version: 1, schema, initial });
    expect(startAfresh('notes', { keepCopy: false })).toBe(true);
    expect(localStorage.getItem('syn:notes')).toBe('{"v":1,"data":{"items":[]}}');
  });
});

describe('listStoredEntries', () => {
  it('lists only the workbook’s keys with their size in characters', async () => {
    localStorage.setItem('other-site', 'x');
    localStorage.setItem('syn:notes', '{"v":1,"data":{"items":[]}}');
    localStorage.setItem('syn:quarantine:notes:2026', 'junk');
    const { listStoredEntries } = await load();
    expect(listStoredEntries()).toEqual([
      { key: 'syn:notes', collection: 'notes', chars: 9 + 27, inIndexedDb: false },
      {
        key: 'syn:quarantine:notes:2026',
        collection: undefined,
        chars: 25 + 4,
        inIndexedDb: false,
      },
    ]);
  });
});

describe('clearWorkbook', () => {
  it('removes every key of the workbook, leaves other sites’ keys and resets the stores', async () => {
    localStorage.setItem('other-site', 'x');
    const { persistentCollection, clearWorkbook } = await load();
    const store = persistentCollection({ name: 'notes', version: 1, schema, initial });
    store.set({ items: ['a'] });
    localStorage.setItem('syn:quarantine:notes:1', 'junk');

    clearWorkbook();
    expect(Object.keys(localStorage)).toEqual(['other-site']);
    expect(store.get()).toEqual({ items: [] });
  });
});
