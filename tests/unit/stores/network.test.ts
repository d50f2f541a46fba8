// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

/*
 * The store reads localStorage when its module loads, so each test imports a fresh copy after
 * putting in storage what the reader's browser would hold.
 */
type NetworkStore = typeof import('../../../src/stores/network') &
  typeof import('../../../src/stores/network-actions') &
  typeof import('../../../src/stores/network-edits') &
  typeof import('../../../src/stores/network-issues') &
  typeof import('../../../src/stores/network-merge') &
  typeof import('../../../src/stores/storage-health');

async function load(): Promise<NetworkStore> {
  // A reload leaves the page first, which makes the writes still waiting for a paint.
  window.dispatchEvent(new Event('pagehide'));
  vi.resetModules();
  const health = await import('../../../src/stores/storage-health');
  return {
    ...(await import('../../../src/stores/network')),
    ...(await import('../../../src/stores/network-actions')),
    ...(await import('../../../src/stores/network-edits')),
    ...(await import('../../../src/stores/network-issues')),
    ...(await import('../../../src/stores/network-merge')),
    ...health,
  };
}

/** What the browser holds once the map's waiting write is made (it waits for a paint). */
function stored(): unknown {
  window.dispatchEvent(new Event('pagehide'));
  return JSON.parse(localStorage.getItem('syn:network') ?? 'null');
}

beforeEach(() => localStorage.clear());

describe('network', () => {
  it('starts empty when nothing is stored', async () => {
    const { network } = await load();
    expect(network.get()).toEqual({ people: [], ties: [], customContexts: [], issues: [] });
  });

  it('drops a stored tie to a missing person instead of refusing the whole map', async () => {
    localStorage.setItem(
      'syn:network',
      JSON.stringify({
        v: 1,
        data: {
          people: [
            { id: 'p1', name: 'Lan' },
            { id: 'p2', name: 'Minh' },
          ],
          ties: [
            { a: 'p2', b: 'p1', strength: 'strong' },
            { a: 'p1', b: 'ghost' },
          ],
        },
      }),
    );
    const raw = localStorage.getItem('syn:network');
    const { network, storageHealth } = await load();
    expect(network.get().people.map((person) => person.name)).toEqual(['Lan', 'Minh']);
    // Kept, and stored in order (a < b) as sanitizeNetwork does.
    expect(network.get().ties).toEqual([{ a: 'p1', b: 'p2', strength: 'strong' }]);
    // The tie to a missing person is dropped from the map on screen, and the reader is told; the
    // stored text stays as it was until they choose.
    expect(storageHealth.get()['network']).toMatchObject({ state: 'repaired', raw });
  });

  it('writes people and ties without the fields that hold their default', async () => {
    const { addPersonToMap, network, tiePeople } = await load();
    addPersonToMap({ name: 'Lan', ring: 'inner' });
    addPersonToMap({ name: 'Minh' });
    tiePeople('p1', 'p2');
    const data = (stored() as { v: number; data: { people: object[]; ties: object[] } }).data;
    expect(data.people).toEqual([
      { id: 'p1', name: 'Lan', ring: 'inner', addedAt: expect.any(String) as string },
      { id: 'p2', name: 'Minh', addedAt: expect.any(String) as string },
    ]);
    expect(data.ties).toEqual([{ a: 'p1', b: 'p2' }]);
    // What is read back is the full map the reader had.
    const { network: reloaded } = await load();
    expect(reloaded.get()).toEqual(network.get());
  });

  it('follows another tab’s save', async () => {
    const { network } = await load();
    const unbind = network.listen(() => {});
    const newer = JSON.stringify({ v: 1, data: { people: [{ id: 'p9', name: 'Hà' }] } });
    localStorage.setItem('syn:network', newer);
    window.dispatchEvent(new StorageEvent('storage', { key: 'syn:network', newValue: newer }));
    expect(network.get().people.map((person) => person.name)).toEqual(['Hà']);
    unbind();
  });
});

describe('deletePerson and undoLast', () => {
  it('bring a person back where they were, with their ties', async () => {
    const { addPersonToMap, deletePerson, undoHistory, network, tiePeople, undoLast } =
      await load();
    for (const name of ['Lan', 'Minh', 'Hà']) addPersonToMap({ name });
    tiePeople('p1', 'p2', 'strong');
    const before = network.get();

    deletePerson('p1');
    expect(network.get().people.map((person) => person.id)).toEqual(['p2', 'p3']);
    expect(undoHistory.get()).toHaveLength(1);
    expect(undoLast()).toMatchObject({ kind: 'delete', removed: { person: { name: 'Lan' } } });
    expect(network.get()).toEqual(before);
    expect(undoLast()).toBeUndefined();
  });

  it('remember at most UNDO_LIMIT deletions', async () => {
    const { UNDO_LIMIT, addPersonToMap, deletePerson, undoHistory } = await load();
    for (let i = 0; i < UNDO_LIMIT + 5; i += 1) addPersonToMap({ name: `Person ${i}` });
    for (let i = 1; i <= UNDO_LIMIT + 5; i += 1) deletePerson(`p${i}`);
    expect(undoHistory.get()).toHaveLength(UNDO_LIMIT);
    expect(undoHistory.get()[0]).toMatchObject({ removed: { person: { id: 'p6' } } });
  });
});

describe('mergePeopleOnMap, placePeopleOnMap and undoLast', () => {
  it('merge two records into one, survive a reload, and separate them again on undo', async () => {
    const first = await load();
    first.addPersonToMap({ name: 'Nguyễn Văn Anh', contexts: ['imported'] });
    first.addPersonToMap({ name: 'Anh Nguyễn', contexts: ['workplace'], ring: 'close' });
    first.addPersonToMap({ name: 'Lan' });
    first.tiePeople('p1', 'p3');
    const before = first.network.get();
    first.mergePeopleOnMap('p2', 'p1');
    expect(first.network.get().ties).toEqual([{ a: 'p2', b: 'p3', strength: 'weak' }]);
    expect(first.undoLast()).toMatchObject({ kind: 'merge', name: 'Anh Nguyễn' });
    expect(first.network.get()).toEqual(before);

    first.mergePeopleOnMap('p2', 'p1');
    const { network } = await load();
    expect(network.get().people.map((person) => person.name)).toEqual(['Anh Nguyễn', 'Lan']);
  });

  it('move many people in one change that one undo takes back', async () => {
    const { addPersonToMap, network, placePeopleOnMap, undoLast } = await load();
    for (const name of ['Lan', 'Minh', 'Hà']) addPersonToMap({ name, contexts: ['imported'] });
    const before = network.get();
    expect(placePeopleOnMap(['p1', 'p3'], { ring: 'close', context: 'family' })).toBe(2);
    expect(network.get().people.map((p) => `${p.ring} ${p.contexts.join()}`)).toEqual([
      'close family',
      'wider imported',
      'close family',
    ]);
    expect(placePeopleOnMap(['p1'], { ring: 'close' })).toBe(0);
    undoLast();
    expect(network.get()).toEqual(before);
  });
});

describe('addContextToMap and setReaderIssues', () => {
  it('add a context once and keep the issues that matter to the reader', async () => {
    const { addContextToMap, network, setReaderIssues } = await load();
    expect(addContextToMap('CLB chạy bộ')).toEqual({ id: 'c1', label: 'CLB chạy bộ' });
    // The same label without accents is the same context (topicKey).
    expect(addContextToMap('clb chay bo')).toEqual({ id: 'c1', label: 'CLB chạy bộ' });
    setReaderIssues(['kinh tế', ' Kinh te ', 'giáo dục']);
    expect(network.get().issues).toEqual(['kinh tế', 'giáo dục']);
  });
});
