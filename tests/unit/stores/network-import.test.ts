import * as v from 'valibot';
// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importContacts } from '../../../src/lib/import/import-contacts';
import { planImport } from '../../../src/lib/import/plan-import';
import { emptyNetwork, type Network } from '../../../src/lib/network/network';
import { personSchema } from '../../../src/lib/network/person';

async function load() {
  // A reload leaves the page first, which makes the writes still waiting for a paint.
  window.dispatchEvent(new Event('pagehide'));
  vi.resetModules();
  const actions = await import('../../../src/stores/network-import');
  const { network } = await import('../../../src/stores/network');
  const { storageHealth } = await import('../../../src/stores/storage-health');
  return { ...actions, network, storageHealth };
}

const lan = v.parse(personSchema, { id: 'p1', name: 'Lan Ngo' });
const withLan = (): Network => ({ ...emptyNetwork(), people: [lan] });

/** The plan for the LinkedIn sample against a map (25 contacts, tests/fixtures/contacts). */
function samplePlan(map: Network) {
  const outcome = importContacts(
    new Uint8Array(readFileSync('tests/fixtures/contacts/linkedin-small-lf.csv')),
  );
  if (!outcome.ok) throw new Error(outcome.error);
  return planImport(map, outcome);
}

const choices = { useContextHints: false, useTopicHints: false };

beforeEach(() => {
  localStorage.clear();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

describe('confirmImport', () => {
  it('saves the new map and remembers how to undo it', async () => {
    const { confirmImport, network, lastImport } = await load();
    network.set(withLan());
    const result = await confirmImport(samplePlan(withLan()), choices);
    expect(result).toEqual({ ok: true, added: 25, merged: 0, saved: true });
    const stored = JSON.parse(localStorage.getItem('syn:network') ?? '{}') as { data: Network };
    expect(stored.data.people).toHaveLength(26);
    expect(lastImport.get()).not.toBeNull();
  });

  it('puts the map back and reports it when storage refuses the import', async () => {
    const { confirmImport, network, lastImport } = await load();
    network.set(withLan());
    const before = localStorage.getItem('syn:network');
    // No IndexedDB to fall back on, and localStorage full.
    vi.stubGlobal('indexedDB', undefined);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const result = await confirmImport(samplePlan(withLan()), choices);
    expect(result).toMatchObject({ ok: false, error: 'not-saved' });
    expect(network.get()).toEqual(withLan());
    expect(localStorage.getItem('syn:network')).toBe(before);
    expect(lastImport.get()).toBeNull();
    vi.unstubAllGlobals();
  });

  it('refuses a plan made before the map changed in a way that breaks it', async () => {
    const { confirmImport, network } = await load();
    const plan = samplePlan(withLan());
    network.set(withLan());
    const broken = {
      ...plan,
      merges: [
        {
          line: 5,
          personId: 'gone',
          matchedBy: 'email' as const,
          fills: {},
          addsImportedContext: true,
        },
      ],
    };
    expect(await confirmImport(broken, choices)).toMatchObject({ ok: false, error: 'stale-plan' });
    expect(network.get()).toEqual(withLan());
  });

  it('refuses while the stored map is still being read back', async () => {
    localStorage.setItem('syn:network', '{"v":1,"spilled":true,"chars":2000000}');
    const { confirmImport, network, mapReadiness } = await load();
    expect(mapReadiness()).toBe('loading');
    expect(await confirmImport(samplePlan(emptyNetwork()), choices)).toMatchObject({
      ok: false,
      error: 'not-ready',
    });
    expect(network.get()).toEqual(emptyNetwork());
  });
});

describe('undoLastImport', () => {
  it('takes the import back once', async () => {
    const { confirmImport, undoLastImport, network } = await load();
    network.set(withLan());
    await confirmImport(samplePlan(withLan()), choices);
    expect(await undoLastImport()).toEqual({ removed: 25, restored: 0, keptEdited: 0 });
    expect(network.get().people).toEqual([lan]);
    expect(await undoLastImport()).toBeUndefined();
  });
});

describe('the import history', () => {
  it('remembers an import across a reload and undoes it then, once', async () => {
    const first = await load();
    first.network.set(withLan());
    await first.confirmImport(samplePlan(withLan()), choices, 'Connections.csv');
    await new Promise((resolve) => setTimeout(resolve, 50));

    const reloaded = await load();
    const { importHistory: history } = await import('../../../src/stores/import-history');
    const [record] = history.get();
    expect(record).toMatchObject({ file: 'Connections.csv', format: 'linkedin-csv' });
    expect(record?.added).toHaveLength(25);
    expect(reloaded.network.get().people).toHaveLength(26);

    expect(await reloaded.undoImportById(record?.id ?? '')).toEqual({
      removed: 25,
      restored: 0,
      keptEdited: 0,
    });
    expect(reloaded.network.get().people).toEqual([lan]);
    expect(history.get()).toEqual([]);
    expect(await reloaded.undoImportById(record?.id ?? '')).toBeUndefined();
  });

  it('forgets a dismissed import and keeps its people', async () => {
    const { confirmImport, forgetImport, network } = await load();
    network.set(withLan());
    await confirmImport(samplePlan(withLan()), choices, 'Connections.csv');
    const { importHistory } = await import('../../../src/stores/import-history');
    forgetImport(importHistory.get()[0]?.id ?? '');
    expect(importHistory.get()).toEqual([]);
    expect(network.get().people).toHaveLength(26);
  });
});

describe('checkImportFits', () => {
  it('counts localStorage’s room, less the other collections, when there is no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    localStorage.setItem('syn:answers', 'x'.repeat(4_495_000));
    const { checkImportFits, network, LOCAL_STORAGE_BUDGET } = await load();
    network.set(withLan());
    const fit = await checkImportFits(samplePlan(withLan()));
    expect(fit.room).toEqual({
      chars: LOCAL_STORAGE_BUDGET - 4_495_000 - 'syn:answers'.length,
      where: 'localStorage',
    });
    expect(fit.fits).toBe(false);
    expect(fit.needed).toBeGreaterThan(fit.room.chars);
    vi.unstubAllGlobals();
  });

  it('counts the room the browser gives IndexedDB, two bytes a character', async () => {
    vi.stubGlobal('navigator', {
      storage: { estimate: () => Promise.resolve({ quota: 200_000_000, usage: 0 }) },
    });
    const { checkImportFits, network } = await load();
    network.set(withLan());
    const fit = await checkImportFits(samplePlan(withLan()));
    expect(fit).toMatchObject({ fits: true, room: { chars: 100_000_000, where: 'indexedDB' } });
    vi.unstubAllGlobals();
  });
});
