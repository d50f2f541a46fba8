// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generatedNetwork, storedNetwork } from '../../bench/lib/networks.mjs';
import { networkCodec } from '../../../src/lib/network/network-codec';
import { decodeMessages } from '../../../src/lib/storage/decode-messages';
import { decodeEnvelope } from '../../../src/lib/storage/envelope';

/*
 * A large stored map (a 30,000-person import) is read off the page, in a worker, while the map
 * says it is loading (stores/persistence-decode.ts). Nothing may be lost or written over for it:
 * the value read is the one a read on the page gives, a damaged, repaired or newer value is
 * reported exactly as before and kept byte for byte, and nothing written while it loads reaches
 * storage. jsdom has no Worker: `FakeWorker` answers as decode.worker.ts does, in separate tasks.
 */

const KEY = 'syn:network';

/** Answers as decode.worker.ts: the same decodeEnvelope, a message per task, cloned. */
class FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  onmessageerror: (() => void) | null = null;
  static garbled = false;
  postMessage({ text }: { collection: string; text: string }) {
    const messages = FakeWorker.garbled
      ? [{ type: 'unknown' }]
      : [...decodeMessages(decodeEnvelope(text, networkCodec), 500)];
    for (const message of messages) {
      setTimeout(() => this.onmessage?.({ data: structuredClone(message) }), 0);
    }
  }
  terminate() {}
}

/** The page's stores, loaded afresh as a page would load them. */
async function load() {
  window.dispatchEvent(new Event('pagehide'));
  vi.resetModules();
  const { network } = await import('../../../src/stores/network');
  const { storageHealth } = await import('../../../src/stores/storage-health');
  const persistence = {
    ...(await import('../../../src/stores/persistence')),
    ...(await import('../../../src/stores/workbook-actions')),
  };
  // The map's island listens to the map, as on the page.
  network.listen(() => undefined);
  const health = () => storageHealth.get()['network'];
  // The reading code is fetched with the first large value (a module import), then the read.
  const loaded = () =>
    vi.waitFor(() => expect(health()?.state).not.toBe('loading'), { timeout: 10_000 });
  return { network, health, loaded, ...persistence };
}

/** A map of `size` people as the workbook stores it (about 97 characters a person). */
const stored = (size: number) => storedNetwork(generatedNetwork(size, size / 10, { full: false }));

const painted = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 5), 5)),
  );

beforeEach(() => {
  localStorage.clear();
  globalThis.indexedDB = new IDBFactory();
  FakeWorker.garbled = false;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a large map in localStorage', () => {
  it.each([
    ['in a worker', () => undefined],
    ['on the page when the browser has no worker', () => vi.stubGlobal('Worker', undefined)],
    ['on the page when the worker answers nonsense', () => (FakeWorker.garbled = true)],
  ])('is read %s: loading first, then the same map a read on the page gives', async (_c, set) => {
    set();
    const raw = stored(3000);
    localStorage.setItem(KEY, raw);
    const { network, health, loaded } = await load();
    expect(health()).toEqual({ state: 'loading' });
    expect(network.get().people).toHaveLength(0);
    await loaded();
    expect(health()).toBeUndefined();
    const read = decodeEnvelope(raw, networkCodec);
    expect(read.kind).toBe('ok');
    expect(network.get()).toEqual(read.kind === 'ok' ? read.value : undefined);
    await painted();
    expect(localStorage.getItem(KEY)).toBe(raw);
  });

  it('is not overwritten by an edit made while it loads, and wins over it', async () => {
    const raw = stored(3000);
    localStorage.setItem(KEY, raw);
    const { network, loaded } = await load();
    network.set({
      ...network.get(),
      people: [{ ...generatedNetwork(1, 0).people[0], id: 'early' }],
    } as never);
    await loaded();
    await painted();
    expect(localStorage.getItem(KEY)).toBe(raw);
    expect(network.get().people).toHaveLength(3000);
    expect(network.get().people.some((person) => person.id === 'early')).toBe(false);
  });

  it('gives way to a newer map another tab saved while it was loading', async () => {
    localStorage.setItem(KEY, stored(3000));
    const { network, loaded } = await load();
    const newer = storedNetwork(generatedNetwork(12, 0, { seed: 3 }));
    localStorage.setItem(KEY, newer);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: newer }));
    await loaded();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(network.get().people).toHaveLength(12);
    expect(localStorage.getItem(KEY)).toBe(newer);
  });

  it('stays cleared when the reader clears the workbook while it loads', async () => {
    localStorage.setItem(KEY, stored(3000));
    const { network, clearWorkbook } = await load();
    clearWorkbook();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(network.get().people).toHaveLength(0);
  });

  it('writes its first edit to IndexedDB without copying the whole map into localStorage', async () => {
    const raw = stored(12_000);
    expect(raw.length).toBeGreaterThan(1_000_000);
    localStorage.setItem(KEY, raw);
    const { network, loaded } = await load();
    await loaded();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const [first, ...rest] = network.get().people;
    network.set({ ...network.get(), people: [{ ...first!, ring: 'inner' }, ...rest] });
    await vi.waitFor(() => expect(localStorage.getItem(KEY)).toContain('"spilled":true'), {
      timeout: 5000,
    });
    const copies = setItem.mock.calls.filter(([key, value]) => key === KEY && value.length > 1000);
    expect(copies).toHaveLength(0);
  });
});

/** Ways a large stored map can be damaged, each as the text it is stored as. */
const damaged = fc.oneof(
  fc.constant((raw: string) => raw.replace('"name":"', '"name":"\\ud800')),
  fc.constant((raw: string) => raw.replace('"name":"', '"trust":1e999,"name":"')),
  fc.constant((raw: string) => raw.replace('"v":1', '"v":7')),
  fc.constant((raw: string) => raw.replace('"ties":[', '"ties":[{"a":"p1","b":"nobody"},')),
  fc.constant((raw: string) =>
    raw.replace('"issues":[', `"issues":[${'['.repeat(5000)}${']'.repeat(5000)},`),
  ),
  fc.constant((raw: string) => raw.slice(0, raw.length - 40)),
  fc.constant((raw: string) => raw.replace('"p2"', '"p1"')),
);

describe('a large damaged map', () => {
  it('is reported as a read on the page reports it, and kept byte for byte', async () => {
    const base = stored(2500);
    await fc.assert(
      fc.asyncProperty(damaged, async (damage) => {
        const raw = damage(base);
        localStorage.clear();
        localStorage.setItem(KEY, raw);
        const { network, health, loaded } = await load();
        await loaded();
        const onPage = decodeEnvelope(raw, networkCodec);
        const told = health();
        if (onPage.kind === 'ok' && !onPage.repaired) expect(told).toBeUndefined();
        else {
          expect(told && 'raw' in told ? told.raw : undefined).toBe(raw);
          if (onPage.kind === 'ok')
            expect(told).toMatchObject({ state: 'repaired', count: onPage.repaired });
          if (onPage.kind === 'newer')
            expect(told).toMatchObject({ state: 'newer', version: onPage.version });
          if (onPage.kind === 'corrupt')
            expect(told).toMatchObject({ state: 'damaged', problem: onPage.problem });
        }
        // A save the reader did not ask for must not write over what they were told about.
        network.set(structuredClone(network.get()));
        await painted();
        if (told !== undefined) expect(localStorage.getItem(KEY)).toBe(raw);
      }),
      { numRuns: 14 },
    );
  }, 60_000);
});
