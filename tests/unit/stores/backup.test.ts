import * as v from 'valibot';
// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { personSchema } from '../../../src/lib/network/person';

/*
 * The backup store reads and writes every collection through the persistence module, which keeps
 * state: each test loads fresh modules over the browser storage it has set up.
 */
async function load() {
  // A reload leaves the page first, which makes the writes still waiting for a paint.
  window.dispatchEvent(new Event('pagehide'));
  vi.resetModules();
  const backup = await import('../../../src/stores/backup');
  const { network } = await import('../../../src/stores/network');
  const { lessonProgress } = await import('../../../src/stores/progress');
  const persistence = {
    ...(await import('../../../src/stores/persistence')),
    ...(await import('../../../src/stores/workbook-actions')),
  };
  const { storageHealth } = await import('../../../src/stores/storage-health');
  return { ...backup, ...persistence, network, lessonProgress, storageHealth };
}

const NOW = new Date('2026-03-05T08:30:00.000Z');
const lan = v.parse(personSchema, { id: 'p1', name: 'Lan 🌸', notes: '' });
const minh = v.parse(personSchema, { id: 'p2', name: 'Minh', company: 'Acme' });
const map = (people = [lan]) => ({ people, ties: [], customContexts: [], issues: [] });
const progress = { visited: { practice: '2026-03-01T10:00:00.000Z' }, done: {} };
// A collection a later version of the workbook might add: this version has no store for it.
const laterNotes = '{"v":1,"data":{"notes":{"q-a":{"text":"Khoảng 150 người"}}}}';
// The reader's answers, as the answers store writes them.
const answers =
  '{"v":1,"data":{"answers":{"q-a":{"text":"Khoảng 150 người","updatedAt":"2026-03-01"}},"unreadable":{}}}';

/** Every workbook key and its text, to prove that nothing changed. */
/** Every stored key, once the map's waiting write is made (it waits for a paint). */
function snapshot(): Record<string, string | null> {
  window.dispatchEvent(new Event('pagehide'));
  return Object.fromEntries(
    Object.keys(localStorage)
      .sort()
      .map((key) => [key, localStorage.getItem(key)]),
  );
}

beforeEach(() => {
  localStorage.clear();
  globalThis.indexedDB = new IDBFactory();
});

describe('makeBackup', () => {
  it('holds every collection as it is on screen, and one this page has no store for', async () => {
    localStorage.setItem('syn:later-notes', laterNotes);
    const { makeBackup, network, lessonProgress, recordBackup } = await load();
    network.set(map());
    lessonProgress.set(progress);
    recordBackup(NOW);

    const file = await makeBackup(NOW);
    expect(file.filename).toBe('share-your-network-backup-2026-03-05.json');
    expect(file.collections).toEqual(['later-notes', 'network', 'progress']);
    expect(file.skipped).toEqual([]);
    const parsed = JSON.parse(file.text) as Record<string, unknown>;
    expect(parsed).toEqual({
      format: 'share-your-network-backup',
      formatVersion: 1,
      createdAt: '2026-03-05T08:30:00.000Z',
      collections: {
        'later-notes': JSON.parse(laterNotes) as unknown,
        network: { v: 1, data: map() },
        progress: { v: 2, data: progress },
      },
    });
  });

  it('leaves out a collection whose stored value is damaged, and names it', async () => {
    localStorage.setItem('syn:progress', '{"v":1,"data":{"visited":');
    const { makeBackup, network } = await load();
    network.set(map());
    const file = await makeBackup(NOW);
    expect(file.collections).toEqual(['network']);
    expect(file.skipped).toEqual(['progress']);
  });

  it('includes work that is only in memory because storage refused it', async () => {
    const { makeBackup, network } = await load();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    network.set(map([lan, minh]));
    vi.restoreAllMocks();
    expect(localStorage.getItem('syn:network')).toBeNull();
    const file = await makeBackup(NOW);
    expect(JSON.parse(file.text)).toMatchObject({
      collections: { network: { data: map([lan, minh]) } },
    });
  });
});

describe('previewRestore', () => {
  it.each([
    ['not JSON', 'Name,Company\nLan,Acme', 'not-json'],
    ['another JSON file', '{"people":[]}', 'not-backup'],
    [
      'a backup from a later version',
      '{"format":"share-your-network-backup","formatVersion":2,"createdAt":"","collections":{}}',
      'newer-version',
    ],
    ['a broken backup', '{"format":"share-your-network-backup","formatVersion":1}', 'invalid'],
  ])('refuses %s and changes nothing', async (_name, text, error) => {
    localStorage.setItem('syn:network', JSON.stringify({ v: 1, data: map() }));
    const before = snapshot();
    const { previewRestore } = await load();
    expect(await previewRestore(text)).toEqual({ ok: false, error });
    expect(snapshot()).toEqual(before);
  });

  it('shows what each collection holds in the backup and here, and which can be merged', async () => {
    const { makeBackup, previewRestore, network, lessonProgress } = await load();
    network.set(map([lan, minh]));
    lessonProgress.set(progress);
    const file = await makeBackup(NOW);
    network.set(map([lan]));

    const read = await previewRestore(file.text);
    if (!read.ok) throw new Error(read.error);
    expect(read.preview.createdAt).toBe('2026-03-05T08:30:00.000Z');
    expect(
      read.preview.entries.map(({ name, status, counts, here, mergeable }) => ({
        name,
        status,
        counts,
        here,
        mergeable,
      })),
    ).toEqual([
      {
        name: 'network',
        status: 'ready',
        counts: [
          { field: 'people', count: 2 },
          { field: 'ties', count: 0 },
          { field: 'customContexts', count: 0 },
          { field: 'issues', count: 0 },
        ],
        here: [
          { field: 'people', count: 1 },
          { field: 'ties', count: 0 },
          { field: 'customContexts', count: 0 },
          { field: 'issues', count: 0 },
        ],
        mergeable: true,
      },
      {
        name: 'progress',
        status: 'ready',
        counts: [
          { field: 'visited', count: 1 },
          { field: 'done', count: 0 },
        ],
        here: [
          { field: 'visited', count: 1 },
          { field: 'done', count: 0 },
        ],
        mergeable: true,
      },
    ]);
  });
});

describe('restoreBackup', () => {
  it('gives back exactly the same workbook after everything was cleared', async () => {
    localStorage.setItem('syn:answers', answers);
    localStorage.setItem('syn:later-notes', laterNotes);
    const first = await load();
    first.network.set(map([lan, minh]));
    first.lessonProgress.set(progress);
    const before = snapshot();
    const file = await first.makeBackup(NOW);
    first.clearWorkbook();
    expect(snapshot()).toEqual({});

    const { previewRestore, restoreBackup } = await load();
    const read = await previewRestore(file.text);
    if (!read.ok) throw new Error(read.error);
    const report = await restoreBackup(read.preview, 'replace');
    expect(report).toEqual({
      replaced: ['answers', 'later-notes', 'network', 'progress'],
      merged: [],
      kept: [],
      skipped: [],
      saved: true,
    });
    expect(snapshot()).toEqual(before);
  });

  it('merges the map and the progress with what is here, losing nothing on either side', async () => {
    const first = await load();
    first.network.set(map([minh]));
    first.lessonProgress.set({ visited: { a: '2026-01-01T00:00:00.000Z' }, done: {} });
    const file = await first.makeBackup(NOW);

    const { previewRestore, restoreBackup, network, lessonProgress } = await load();
    network.set(map([lan]));
    lessonProgress.set(progress);
    const read = await previewRestore(file.text);
    if (!read.ok) throw new Error(read.error);
    const report = await restoreBackup(read.preview, 'merge');
    expect(report.merged).toEqual(['network', 'progress']);
    // minh's id p2 is free here, so he keeps it.
    expect(network.get().people.map((p) => p.name)).toEqual(['Lan 🌸', 'Minh']);
    expect(Object.keys(lessonProgress.get().visited).sort()).toEqual(['a', 'practice']);
  });

  it('restores a collection this page cannot check only where the browser does not hold it', async () => {
    const text = JSON.stringify({
      format: 'share-your-network-backup',
      formatVersion: 1,
      createdAt: NOW.toISOString(),
      collections: {
        'later-notes': { v: 1, data: { notes: {} } },
        'later-plan': { v: 1, data: { goals: [] } },
      },
    });
    localStorage.setItem('syn:later-notes', laterNotes);
    const { previewRestore, restoreBackup } = await load();
    const read = await previewRestore(text);
    if (!read.ok) throw new Error(read.error);
    const report = await restoreBackup(read.preview, 'replace');
    expect(report).toMatchObject({ replaced: ['later-plan'], kept: ['later-notes'] });
    expect(localStorage.getItem('syn:later-notes')).toBe(laterNotes);
    expect(localStorage.getItem('syn:later-plan')).toBe('{"v":1,"data":{"goals":[]}}');
  });

  it('replaces the answers, the focus plan and the introduction log this browser holds', async () => {
    const backedUp = {
      answers: {
        v: 1,
        data: {
          answers: { 'q-b': { text: 'Từ bản sao lưu', updatedAt: '2026-03-02' } },
          unreadable: {},
        },
      },
      'focus-plan': {
        v: 1,
        data: {
          goals: [{ id: 'g1', platform: 'LinkedIn', minutesPerWeek: 60, offer: 'Giới thiệu' }],
          checkIns: [],
          unreadable: [],
        },
      },
      introductions: {
        v: 1,
        data: [
          {
            id: 'i1',
            personA: { kind: 'typed', name: 'Lan' },
            personB: { kind: 'typed', name: 'Minh' },
            date: '2026-03-01',
          },
        ],
      },
    };
    const text = JSON.stringify({
      format: 'share-your-network-backup',
      formatVersion: 1,
      createdAt: NOW.toISOString(),
      collections: backedUp,
    });
    localStorage.setItem('syn:answers', answers);
    localStorage.setItem(
      'syn:focus-plan',
      '{"v":1,"data":{"goals":[],"checkIns":[],"unreadable":[]}}',
    );
    localStorage.setItem('syn:introductions', '{"v":1,"data":[]}');
    const { previewRestore, restoreBackup } = await load();
    const read = await previewRestore(text);
    if (!read.ok) throw new Error(read.error);
    const report = await restoreBackup(read.preview, 'replace');
    expect(report.replaced).toEqual(['answers', 'focus-plan', 'introductions']);
    const stored = (key: string) =>
      (JSON.parse(localStorage.getItem(`syn:${key}`) ?? '{}') as { data: unknown }).data;
    expect(stored('answers')).toEqual(backedUp.answers.data);
    expect(stored('focus-plan')).toEqual(backedUp['focus-plan'].data);
    expect(stored('introductions')).toMatchObject([{ id: 'i1', date: '2026-03-01' }]);
  });

  it('skips a collection that fails its schema, reports it, and restores the others', async () => {
    const text = JSON.stringify({
      format: 'share-your-network-backup',
      formatVersion: 1,
      createdAt: NOW.toISOString(),
      collections: {
        network: { v: 1, data: { people: [{ name: 'no id' }] } },
        progress: { v: 1, data: progress },
      },
    });
    localStorage.setItem('syn:network', JSON.stringify({ v: 1, data: map() }));
    const storedMap = localStorage.getItem('syn:network');
    const { previewRestore, restoreBackup, lessonProgress } = await load();
    const read = await previewRestore(text);
    if (!read.ok) throw new Error(read.error);
    expect(read.preview.entries.map((entry) => entry.status)).toEqual(['invalid', 'ready']);
    const report = await restoreBackup(read.preview, 'replace');
    expect(report).toMatchObject({ replaced: ['progress'], skipped: ['network'] });
    expect(localStorage.getItem('syn:network')).toBe(storedMap);
    expect(lessonProgress.get()).toEqual(progress);
  });

  it('replaces a damaged collection only after keeping its original aside', async () => {
    const raw = '{"v":1,"data":{"visited":';
    localStorage.setItem('syn:progress', raw);
    const text = JSON.stringify({
      format: 'share-your-network-backup',
      formatVersion: 1,
      createdAt: NOW.toISOString(),
      collections: { progress: { v: 1, data: progress } },
    });
    const { previewRestore, restoreBackup, storageHealth } = await load();
    expect(storageHealth.get()['progress']).toMatchObject({ state: 'damaged' });
    const read = await previewRestore(text);
    if (!read.ok) throw new Error(read.error);
    await restoreBackup(read.preview, 'replace');
    expect(JSON.parse(localStorage.getItem('syn:progress') ?? '')).toEqual({
      v: 2,
      data: progress,
    });
    const copies = Object.keys(localStorage).filter((key) =>
      key.startsWith('syn:quarantine:progress:'),
    );
    expect(copies.map((key) => localStorage.getItem(key))).toEqual([raw]);
  });

  it(
    'restores a map too large for localStorage into IndexedDB, readable after a reload',
    {
      timeout: 60_000,
    },
    async () => {
      // About 4,000 people with long notes: well over the million characters at which the map spills.
      const people = Array.from({ length: 4000 }, (_, i) =>
        v.parse(personSchema, {
          id: `p${String(i + 1)}`,
          name: `Người ${String(i)}`,
          notes: 'ghi chú '.repeat(40),
        }),
      );
      const first = await load();
      first.network.set(map(people));
      expect(await first.whenSaved('network')).toBe(true);
      expect(localStorage.getItem('syn:network')).toContain('"spilled":true');
      const file = await first.makeBackup(NOW);
      first.clearWorkbook();

      const second = await load();
      const read = await second.previewRestore(file.text);
      if (!read.ok) throw new Error(read.error);
      const report = await second.restoreBackup(read.preview, 'replace');
      expect(report.saved).toBe(true);
      expect(localStorage.getItem('syn:network')).toContain('"spilled":true');

      const third = await load();
      await vi.waitFor(() => expect(third.storageHealth.get()['network']).toBeUndefined());
      expect(third.network.get().people).toEqual(people);
    },
  );
});

describe('recordBackup', () => {
  it('keeps the date of the last backup, outside of backups', async () => {
    const { recordBackup, backupMeta, makeBackup, network } = await load();
    network.set(map());
    recordBackup(NOW);
    expect(backupMeta.get()).toEqual({ lastBackupAt: '2026-03-05T08:30:00.000Z' });
    expect((await makeBackup(NOW)).collections).toEqual(['network']);
  });

  it('previews a backup with a broken map without touching the live map or its notice', async () => {
    const { previewRestore, network, storageHealth } = await load();
    network.set(map([lan]));
    const broken = map([lan, { ...minh, id: 'p1' }]);
    const text = JSON.stringify({
      format: 'share-your-network-backup',
      formatVersion: 1,
      createdAt: NOW.toISOString(),
      collections: { network: { v: 1, data: { ...broken, ties: [{ a: 'p1', b: 'p9' }] } } },
    });
    const read = await previewRestore(text);
    if (!read.ok) throw new Error(read.error);
    // The preview says the backup's copy needs repairs; the live map and its health are untouched.
    expect(read.preview.entries[0]).toMatchObject({ name: 'network', status: 'ready' });
    expect(read.preview.entries[0]?.repaired).toBeGreaterThan(0);
    expect(storageHealth.get()['network']).toBeUndefined();
    expect(network.get()).toEqual(map([lan]));
  });
});
