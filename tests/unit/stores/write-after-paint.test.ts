// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addPerson } from '../../../src/lib/network/add-person';
import { emptyNetwork, type Network } from '../../../src/lib/network/network';
import { networkText } from '../../../src/lib/network/stored-text';

/*
 * The map is written once the edit's frame is painted (src/stores/persistence-write.ts), so that
 * writing 330,000 characters does not hold the edited dot off the screen. Nothing may be lost for
 * it: leaving the page, hiding it, reading storage or another tab's save all settle the waiting
 * write first. Each test loads fresh store modules, as a page would.
 */
async function load() {
  window.dispatchEvent(new Event('pagehide'));
  vi.resetModules();
  // Counts how often the map is serialised, which belongs with its write, after the paint.
  const serialised = { count: 0 };
  vi.doMock('../../../src/lib/network/stored-text', async (importOriginal) => {
    const real = await importOriginal<typeof import('../../../src/lib/network/stored-text')>();
    return {
      ...real,
      networkPieces: (...args: Parameters<typeof real.networkPieces>) => {
        serialised.count += 1;
        return real.networkPieces(...args);
      },
    };
  });
  const store = await import('../../../src/stores/network');
  const actions = {
    ...(await import('../../../src/stores/network-actions')),
    ...(await import('../../../src/stores/network-edits')),
  };
  const persistence = {
    ...(await import('../../../src/stores/persistence')),
    ...(await import('../../../src/stores/workbook-actions')),
  };
  const health = await import('../../../src/stores/storage-health');
  // A widget on the page listens to the map: that is when it follows other tabs' saves.
  const unbind = store.network.listen(() => undefined);
  return { ...store, ...actions, ...persistence, ...health, unbind, serialised };
}

const KEY = 'syn:network';
const stored = () => localStorage.getItem(KEY);
const namesStored = (): string[] =>
  (
    JSON.parse(stored() ?? '{"data":{"people":[]}}') as { data: { people: { name: string }[] } }
  ).data.people.map((person) => person.name);

/** What another tab of the workbook saves: its text lands in storage, then this tab hears of it. */
function otherTabSaves(network: Network): void {
  const oldValue = stored();
  const newValue = networkText(network, 1);
  localStorage.setItem(KEY, newValue);
  window.dispatchEvent(
    new StorageEvent('storage', { key: KEY, oldValue, newValue, storageArea: localStorage }),
  );
}

const NOW = '2026-12-05T01:00:00.000Z';

/**
 * Resolves after the next frame has been painted and the two tasks after it have run (the map's
 * text is worked out in the first and written in the second).
 */
const painted = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 1), 1)),
  );

function setHidden(hidden: boolean): void {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  setHidden(false);
});

describe('an edit of the map', () => {
  it('reaches the screen first and storage once the frame is painted', async () => {
    const { addPersonToMap, network } = await load();
    addPersonToMap({ name: 'Nguyễn Văn Anh' });
    expect(network.get().people.map((person) => person.name)).toEqual(['Nguyễn Văn Anh']);
    expect(stored()).toBeNull();
    await painted();
    expect(namesStored()).toEqual(['Nguyễn Văn Anh']);
  });

  it('is stored when the reader leaves the page right after it', async () => {
    const { addPersonToMap } = await load();
    addPersonToMap({ name: 'Trần Thị Lan' });
    window.dispatchEvent(new Event('pagehide'));
    expect(namesStored()).toEqual(['Trần Thị Lan']);
  });

  it('is stored when the reader switches to another tab right after it', async () => {
    const { addPersonToMap } = await load();
    addPersonToMap({ name: 'Lê Minh' });
    setHidden(true);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(namesStored()).toEqual(['Lê Minh']);
  });

  it('is stored at once while the page is hidden, when no frame will be painted', async () => {
    const { addPersonToMap } = await load();
    setHidden(true);
    addPersonToMap({ name: 'Phạm Thu' });
    expect(namesStored()).toEqual(['Phạm Thu']);
  });

  it('is back after a reload made right after it', async () => {
    const first = await load();
    first.addPersonToMap({ name: 'Nguyễn Văn Anh', contexts: ['workplace'] });
    first.addPersonToMap({ name: 'Nguyễn Văn Anh', contexts: ['workplace'] });
    const { network } = await load();
    expect(network.get().people.map((person) => person.name)).toEqual([
      'Nguyễn Văn Anh',
      'Nguyễn Văn Anh',
    ]);
  });

  it('is serialised once the frame is painted, not in the edit, and once for quick edits', async () => {
    const { addPersonToMap, movePersonTo, serialised } = await load();
    const lan = addPersonToMap({ name: 'Lan' });
    movePersonTo(lan.id, { ring: 'inner' });
    movePersonTo(lan.id, { ring: 'close' });
    expect(serialised.count).toBe(0);
    await painted();
    expect(serialised.count).toBe(1);
    expect(namesStored()).toEqual(['Lan']);
  });

  it('is read back as the text of the edit before it is written', async () => {
    const { addPersonToMap, network, readStoredText, serialised } = await load();
    addPersonToMap({ name: 'Bùi Khánh' });
    expect(await readStoredText(KEY)).toBe(networkText(network.get(), 1));
    expect(serialised.count).toBe(1);
    await painted();
    // Worked out for the read, the text is written as it is, not serialised again.
    expect(serialised.count).toBe(1);
    expect(namesStored()).toEqual(['Bùi Khánh']);
  });

  it('writes quick edits in a row once, with the last of them', async () => {
    const { addPersonToMap, movePersonTo, whenSaved } = await load();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const lan = addPersonToMap({ name: 'Lan' });
    movePersonTo(lan.id, { ring: 'inner' });
    movePersonTo(lan.id, { ring: 'close' });
    expect(await whenSaved('network')).toBe(true);
    expect(setItem.mock.calls.filter(([key]) => key === KEY)).toHaveLength(1);
    const written = JSON.parse(stored() ?? '') as { data: { people: unknown[] } };
    expect(written.data.people).toMatchObject([{ name: 'Lan', ring: 'close' }]);
  });

  it('is written before anything lists what is stored', async () => {
    const { addPersonToMap, listStoredEntries } = await load();
    addPersonToMap({ name: 'Võ Hà' });
    expect(listStoredEntries().map((entry) => entry.key)).toEqual([KEY]);
    expect(namesStored()).toEqual(['Võ Hà']);
  });

  it('says it is not saved only once the write has failed, and keeps the edit on screen', async () => {
    const { addPersonToMap, network, storageHealth, whenSaved } = await load();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    addPersonToMap({ name: 'Hoàng Gia' });
    expect(storageHealth.get()['network']).toBeUndefined();
    expect(await whenSaved('network')).toBe(false);
    expect(storageHealth.get()['network']).toEqual({ state: 'unsaved', reason: 'quota' });
    expect(network.get().people.map((person) => person.name)).toEqual(['Hoàng Gia']);
  });

  it('gives way to another tab that saved after it, on screen and in storage', async () => {
    const { addPersonToMap, network } = await load();
    addPersonToMap({ name: 'Written here' });
    otherTabSaves(
      addPerson(emptyNetwork(), { name: 'Saved in the other tab' }, { now: NOW }).network,
    );
    window.dispatchEvent(new Event('pagehide'));
    expect(namesStored()).toEqual(['Saved in the other tab']);
    expect(network.get().people.map((person) => person.name)).toEqual(['Saved in the other tab']);
  });

  it('is written at once when the reader chooses to start afresh over a damaged map', async () => {
    const damaged =
      '{"v":1,"data":{"people":[{"id":"p1","name":"Lan"}],"ties":[{"a":"p1","b":"x"}]}}';
    localStorage.setItem(KEY, damaged);
    const { startAfresh, storageHealth } = await load();
    expect(storageHealth.get()['network']).toMatchObject({ state: 'repaired' });
    expect(startAfresh('network')).toBe(true);
    // The notice is gone the moment the reader chose: storage already holds the repaired map.
    expect(stored()).not.toBe(damaged);
    expect(namesStored()).toEqual(['Lan']);
  });

  it('is not written back after the workbook was cleared', async () => {
    const { addPersonToMap, clearWorkbook } = await load();
    addPersonToMap({ name: 'Đặng Vy' });
    clearWorkbook();
    window.dispatchEvent(new Event('pagehide'));
    expect(stored()).toBeNull();
  });
});

type Step =
  | { kind: 'add'; name: string }
  | { kind: 'move'; ring: 'inner' | 'close' | 'wider' }
  | { kind: 'paint' }
  | { kind: 'leave' }
  | { kind: 'hide' }
  | { kind: 'list' }
  | { kind: 'read' }
  | { kind: 'other-tab'; name: string };

const name = fc.constantFrom('Nguyễn Văn Anh', 'Trần Thị Lan', 'Lê Minh', 'Anna Kowalczyk');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), name }),
  fc.record({
    kind: fc.constant('move' as const),
    ring: fc.constantFrom('inner', 'close', 'wider'),
  }),
  fc.constant({ kind: 'paint' as const }),
  fc.constant({ kind: 'leave' as const }),
  fc.constant({ kind: 'hide' as const }),
  fc.constant({ kind: 'list' as const }),
  fc.constant({ kind: 'read' as const }),
  fc.record({ kind: fc.constant('other-tab' as const), name }),
);

describe('edits, paints, page exits and other tabs in any order', () => {
  it('end with storage holding exactly the map on screen', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        localStorage.clear();
        const page = await load();
        const storedIsOnScreen = () =>
          expect(stored() ?? networkText(emptyNetwork(), 1)).toBe(
            networkText(page.network.get(), 1),
          );
        for (const next of steps) {
          const serialisedBefore = page.serialised.count;
          if (next.kind === 'add') page.addPersonToMap({ name: next.name });
          else if (next.kind === 'move') {
            const last = page.network.get().people.at(-1);
            if (last) page.movePersonTo(last.id, { ring: next.ring });
          } else if (next.kind === 'read') {
            // What is read is what is on screen, written or not yet.
            expect(await page.readStoredText(KEY)).toBe(
              stored() === null && page.network.get().people.length === 0
                ? undefined
                : networkText(page.network.get(), 1),
            );
          } else if (next.kind === 'other-tab') {
            const theirs = addPerson(page.network.get(), { name: next.name }, { now: NOW }).network;
            otherTabSaves(theirs);
            // Their save is the newer: this tab shows it, and its own waiting write is dropped.
            expect(networkText(page.network.get(), 1)).toBe(networkText(theirs, 1));
            storedIsOnScreen();
          } else {
            if (next.kind === 'paint') await painted();
            else if (next.kind === 'leave') window.dispatchEvent(new Event('pagehide'));
            else if (next.kind === 'list') page.listStoredEntries();
            else {
              setHidden(true);
              document.dispatchEvent(new Event('visibilitychange'));
              setHidden(false);
            }
            storedIsOnScreen();
          }
          // An edit's own task never serialises the map: that waits for its write.
          if (next.kind === 'add' || next.kind === 'move') {
            expect(page.serialised.count).toBe(serialisedBefore);
          }
        }
        window.dispatchEvent(new Event('pagehide'));
        storedIsOnScreen();
        page.unbind();
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
