import * as v from 'valibot';
// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importContacts } from '../../../src/lib/import/import-contacts';
import { planImport } from '../../../src/lib/import/plan-import';
import { compactNetwork } from '../../../src/lib/network/compact';
import { emptyNetwork, type Network } from '../../../src/lib/network/network';
import { personSchema } from '../../../src/lib/network/person';
import { encodeEnvelope } from '../../../src/lib/storage/envelope';

/*
 * A map too large for localStorage lives in IndexedDB in pieces (stores/persistence-indexeddb.ts):
 * an edit writes the piece that changed, an import writes all of its pieces or none, and what is
 * read back is the map that was saved. fake-indexeddb stands in for the browser's database.
 */

async function load() {
  vi.resetModules();
  const { network } = await import('../../../src/stores/network');
  const { editPerson } = await import('../../../src/stores/network-edits');
  const { whenSaved } = await import('../../../src/stores/workbook-actions');
  const { storageHealth } = await import('../../../src/stores/storage-health');
  const { confirmImport } = await import('../../../src/stores/network-import');
  return { network, editPerson, whenSaved, storageHealth, confirmImport };
}

/** About 1.3 million characters stored: past the million at which the map moves to IndexedDB. */
function bigMap(): Network {
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'];
  return {
    ...emptyNetwork(),
    people: Array.from({ length: 9000 }, (_, i) =>
      v.parse(personSchema, {
        id: `p${i + 1}`,
        name: `${family[i % 5]} Văn Anh`,
        company: 'Công ty Cổ phần Phần mềm Sông Hồng',
        position: 'Kỹ sư phần mềm',
        contexts: ['imported'],
      }),
    ),
  };
}

/** Everything the database holds, key by key. */
async function database(): Promise<Map<string, unknown>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('share-your-network');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(new Error('the test database did not open'));
  });
  const store = db.transaction('collections').objectStore('collections');
  const [keys, values] = await Promise.all(
    [store.getAllKeys(), store.getAll()].map(
      (request) =>
        new Promise<unknown[]>((resolve) => (request.onsuccess = () => resolve(request.result))),
    ),
  );
  db.close();
  return new Map((keys ?? []).map((key, at) => [String(key), values?.[at]]));
}

const sampleCsv = () =>
  new Uint8Array(readFileSync('tests/fixtures/contacts/linkedin-small-lf.csv'));
const choices = { useContextHints: false, useTopicHints: false };

beforeEach(() => {
  localStorage.clear();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

describe('a map kept in IndexedDB', () => {
  it('is stored as a list of pieces that join into the map’s text', async () => {
    const { network, whenSaved } = await load();
    network.set(bigMap());
    expect(await whenSaved('network')).toBe(true);
    const stored = await database();
    const list = stored.get('syn:network') as { pieces: string[] };
    expect(list.pieces.length).toBeGreaterThan(30);
    const text = list.pieces.map((name) => stored.get(`syn:network#${name}`)).join('');
    expect(text).toBe(encodeEnvelope(compactNetwork(bigMap()), 1));
    expect(localStorage.getItem('syn:network')).toContain('"spilled":true');
  });

  it('writes only the piece that changed when one person is edited, and reads it back', async () => {
    const first = await load();
    first.network.set(bigMap());
    await first.whenSaved('network');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    first.editPerson('p4321', { name: 'Trần Thị Thu Hà' });
    expect(await first.whenSaved('network')).toBe(true);
    // One piece, and the list that names it.
    expect(put).toHaveBeenCalledTimes(2);
    const stored = await database();
    const list = stored.get('syn:network') as { pieces: string[] };
    // The piece the edit replaced is gone: nothing unused is left behind.
    expect(stored.size).toBe(list.pieces.length + 1);

    const { network, storageHealth } = await load();
    await vi.waitFor(() => expect(storageHealth.get()['network']).toBeUndefined());
    expect(network.get().people).toHaveLength(9000);
    expect(network.get().people[4320]?.name).toBe('Trần Thị Thu Hà');
  });

  it('still reads a map stored whole by an earlier version of the workbook', async () => {
    const text = encodeEnvelope(compactNetwork(bigMap()), 1);
    await new Promise<void>((resolve) => {
      const open = indexedDB.open('share-your-network', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('collections');
      open.onsuccess = () => {
        const transaction = open.result.transaction('collections', 'readwrite');
        transaction.objectStore('collections').put(text, 'syn:network');
        transaction.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
    localStorage.setItem(
      'syn:network',
      JSON.stringify({ v: 1, spilled: true, chars: text.length }),
    );
    const { network, storageHealth } = await load();
    await vi.waitFor(() => expect(storageHealth.get()['network']).toBeUndefined());
    expect(network.get()).toEqual(bigMap());
  });

  it('says the map is damaged when a piece is missing, and writes nothing over it', async () => {
    const first = await load();
    first.network.set(bigMap());
    await first.whenSaved('network');
    const list = (await database()).get('syn:network') as { pieces: string[] };
    await new Promise<void>((resolve) => {
      const open = indexedDB.open('share-your-network');
      open.onsuccess = () => {
        const transaction = open.result.transaction('collections', 'readwrite');
        transaction.objectStore('collections').delete(`syn:network#${list.pieces[3] ?? ''}`);
        transaction.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
    const pointer = localStorage.getItem('syn:network');

    const { network, storageHealth } = await load();
    await vi.waitFor(() =>
      expect(storageHealth.get()['network']).toMatchObject({
        state: 'damaged',
        problem: 'missing-spill',
      }),
    );
    network.set(emptyNetwork());
    expect(localStorage.getItem('syn:network')).toBe(pointer);
    expect(((await database()).get('syn:network') as { pieces: string[] }).pieces).toEqual(
      list.pieces,
    );
  });
});

describe('an import into a map kept in IndexedDB', () => {
  it('that fails midway leaves the saved map whole and the one on screen as it was', async () => {
    const first = await load();
    first.network.set(bigMap());
    await first.whenSaved('network');
    const before = await database();

    // The database takes the first pieces of the new map, then is full.
    const put = Reflect.get(IDBObjectStore.prototype, 'put') as (...args: unknown[]) => unknown;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls += 1;
      if (calls === 2) this.transaction.abort();
      if (calls >= 2) return {} as IDBRequest<IDBValidKey>;
      return put.apply(this, args) as IDBRequest<IDBValidKey>;
    });
    const outcome = importContacts(sampleCsv());
    if (!outcome.ok) throw new Error(outcome.error);
    const result = await first.confirmImport(planImport(bigMap(), outcome), choices);

    expect(result).toMatchObject({ ok: false, error: 'not-saved' });
    expect(first.network.get().people).toHaveLength(9000);
    expect(await database()).toEqual(before);
    vi.restoreAllMocks();

    const { network, storageHealth } = await load();
    await vi.waitFor(() => expect(storageHealth.get()['network']).toBeUndefined());
    expect(network.get()).toEqual(bigMap());
  });

  it('refuses an import prepared while the map changed, and keeps the change', async () => {
    const { network, confirmImport } = await load();
    network.set(bigMap());
    const outcome = importContacts(sampleCsv());
    if (!outcome.ok) throw new Error(outcome.error);
    const pending = confirmImport(planImport(bigMap(), outcome), choices);
    // While the import is written out a slice at a time, the reader names an issue that matters.
    const edited = { ...network.get(), issues: ['nhà ở'] };
    network.set(edited);
    expect(await pending).toMatchObject({ ok: false, error: 'stale-plan' });
    expect(network.get()).toBe(edited);
  });
});
