import type { WritableAtom } from 'nanostores';
import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
} from '@nanostores/persistent';
import { decodeEnvelope, encodeEnvelope, type CollectionCodec } from '../lib/storage/envelope';
import {
  QUARANTINE_PREFIX,
  STORAGE_PREFIX,
  collectionOfKey,
  quarantineKey,
  storageKey,
} from '../lib/storage/storage-key';
import { readSpillPointer, writeSpillPointer } from '../lib/storage/spill-pointer';
import {
  clearSpilled,
  deleteSpilled,
  getSpilled,
  indexedDbAvailable,
  putSpilled,
} from './persistence-indexeddb';
import { storageHealth, setCollectionHealth } from './storage-health';

/*
 * The only code in the workbook that touches browser storage.
 *
 * @nanostores/persistent alone loses data (see shared notes/reliability.md): a corrupt value throws
 * or is silently replaced, a failed write throws into the component. So every read and write goes
 * through a guarded engine: reads never throw, damaged values are never written over until the
 * reader decides, and failed writes keep the work in memory and say so.
 */

function browserStorage(): Storage | undefined {
  if (typeof window === 'undefined') return undefined;
  try {
    // Only reading is checked here: a full storage still reads, and its data must load.
    const storage = window.localStorage;
    storage.getItem(STORAGE_PREFIX);
    return storage;
  } catch {
    return undefined;
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** Keys whose stored text is damaged or newer: held in memory, never written, until resolved. */
const held = new Set<string>();
/**
 * The encoded value of each key whose latest change is only in memory (held, or the write failed).
 * Reads see it first: @nanostores/persistent re-reads storage when a store is mounted or the page
 * is shown again, and would otherwise replace the reader's unsaved work with the older stored value.
 */
const shadow = new Map<string, string>();
/** Collections whose writes are suspended while clearWorkbook() resets them. */
let clearing = false;

/**
 * Above this many characters a collection that allows it is kept in IndexedDB, with a small pointer
 * in localStorage (which stops at about 5 million characters for the whole site).
 */
const SPILL_AT = 1_000_000;
/** Storage keys of the collections that may spill, with their schema version (for the pointer). */
const spillable = new Map<string, number>();
/** Keys whose current value lives in IndexedDB. */
const spilled = new Set<string>();
/** The latest spill write of each key: an older write that finishes late must not win. */
const spillSequence = new Map<string, number>();

function writeFailed(collection: string, error: unknown): void {
  setCollectionHealth(collection, {
    state: 'unsaved',
    reason: isQuotaError(error) ? 'quota' : 'unavailable',
  });
}

/**
 * Writes a large value to IndexedDB, then points localStorage at it: the pointer is written only
 * once the value is safely stored, so it never points at something missing. Until then the value
 * is in `shadow`, and it stays there: memory and IndexedDB now hold the same text.
 */
function spill(key: string, value: string, version: number): void {
  const collection = collectionOfKey(key) ?? key;
  shadow.set(key, value);
  const sequence = (spillSequence.get(key) ?? 0) + 1;
  spillSequence.set(key, sequence);
  const done = putSpilled(key, value)
    .then(() => {
      if (spillSequence.get(key) !== sequence) return;
      const storage = browserStorage();
      if (!storage) throw new Error('persistence/spill: localStorage is not available');
      storage.setItem(key, writeSpillPointer(version, value.length));
      spilled.add(key);
      setCollectionHealth(collection, { state: 'ok' });
    })
    .catch((error: unknown) => {
      if (spillSequence.get(key) === sequence) writeFailed(collection, error);
    });
  pendingSpills.set(key, done);
}

/** The IndexedDB write of each key still under way, for `whenSaved`. */
const pendingSpills = new Map<string, Promise<void>>();

function safeGet(key: string): string | undefined {
  const unsaved = shadow.get(key);
  if (unsaved !== undefined) return unsaved;
  try {
    return browserStorage()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function safeWrite(key: string, value: string): void {
  const collection = collectionOfKey(key) ?? key;
  if (held.has(key)) {
    shadow.set(key, value);
    return;
  }
  const storage = browserStorage();
  if (!storage) {
    shadow.set(key, value);
    setCollectionHealth(collection, { state: 'unsaved', reason: 'unavailable' });
    return;
  }
  const spillVersion = spillable.get(key);
  if (spillVersion !== undefined && value.length > SPILL_AT && indexedDbAvailable()) {
    spill(key, value, spillVersion);
    return;
  }
  try {
    // One key per collection: setItem either stores the whole value or nothing.
    storage.setItem(key, value);
    shadow.delete(key);
    spillSequence.set(key, (spillSequence.get(key) ?? 0) + 1);
    if (spilled.delete(key)) void deleteSpilled(key).catch(() => undefined);
    setCollectionHealth(collection, { state: 'ok' });
  } catch (error) {
    shadow.set(key, value);
    writeFailed(collection, error);
  }
}

function safeRemove(key: string): void {
  try {
    browserStorage()?.removeItem(key);
  } catch {
    // Storage blocked: there is nothing we could remove.
  }
}

const guardedEngine = new Proxy<Record<string, string>>(
  {},
  {
    get: (_target, key) => (typeof key === 'string' ? safeGet(key) : undefined),
    has: (_target, key) => typeof key === 'string' && safeGet(key) !== undefined,
    set: (_target, key, value) => {
      if (typeof key === 'string' && typeof value === 'string') safeWrite(key, value);
      return true;
    },
    deleteProperty: (_target, key) => {
      if (typeof key === 'string' && !held.has(key)) safeRemove(key);
      return true;
    },
  },
);

const noEvents = { addEventListener() {}, removeEventListener() {} };
setPersistentEngine(
  guardedEngine,
  typeof window === 'undefined' ? noEvents : windowPersistentEvents,
);

/** What a persisted collection is: its name, schema version, schema, migrations and default. */
export interface CollectionOptions<T> extends CollectionCodec<T> {
  /** Short name; the storage key is `syn:<name>`. */
  name: string;
  /** Whether the collection may grow past localStorage's room and move to IndexedDB. */
  spill?: boolean;
  /** The value when nothing is stored, or when the stored value cannot be read. */
  initial: () => T;
}

interface Registered {
  store: WritableAtom<unknown>;
  initial: () => unknown;
  codec: CollectionCodec<unknown>;
}
const registry = new Map<string, Registered>();

/**
 * A nanostores atom kept in localStorage under `syn:<name>`, validated with zod on every read, and
 * in step with other tabs through storage events. It never throws: a value it cannot read leaves
 * the store at its default, keeps the stored text as it is and reports the problem in
 * `storageHealth`.
 */
export function persistentCollection<T>(options: CollectionOptions<T>): WritableAtom<T> {
  const key = storageKey(options.name);
  // decode runs while persistentAtom is still being built, before `store` could be assigned.
  const built: { store?: WritableAtom<T> } = {};

  const current = () => built.store?.value ?? options.initial();

  const decode = (raw: string): T => {
    const pointer = readSpillPointer(raw);
    if (pointer) {
      if (pointer.v > options.version) {
        held.add(key);
        setCollectionHealth(options.name, { state: 'newer', version: pointer.v, raw });
      } else {
        loadSpilled();
      }
      return current();
    }
    const result = decodeEnvelope(raw, options);
    if (result.kind === 'ok' && result.repaired) {
      // Shown repaired, but the stored text stays as it was until the reader has been told.
      held.add(key);
      setCollectionHealth(options.name, { state: 'repaired', count: result.repaired, raw });
      return result.value;
    }
    if (result.kind === 'ok') {
      held.delete(key);
      // What was read is now what is in memory: another tab's newer save wins over our unsaved copy.
      if (shadow.get(key) !== raw) shadow.delete(key);
      const health = storageHealth.get()[options.name];
      if (health && health.state !== 'unsaved') setCollectionHealth(options.name, { state: 'ok' });
      return result.value;
    }
    held.add(key);
    setCollectionHealth(
      options.name,
      result.kind === 'newer'
        ? { state: 'newer', version: result.version, raw }
        : { state: 'damaged', problem: result.problem, raw },
    );
    return current();
  };

  /**
   * Reads a spilled value back from IndexedDB. Until it arrives the key is held, so that nothing
   * written meanwhile can replace the stored value with a half-loaded one.
   */
  const loadSpilled = () => {
    held.add(key);
    setCollectionHealth(options.name, { state: 'loading' });
    getSpilled(key)
      .then((text) => {
        if (text === undefined) {
          setCollectionHealth(options.name, {
            state: 'damaged',
            problem: 'missing-spill',
            raw: safeGet(key) ?? '',
          });
          return;
        }
        const result = decodeEnvelope(text, options);
        if (result.kind === 'ok' && result.repaired) {
          built.store?.set(result.value);
          setCollectionHealth(options.name, {
            state: 'repaired',
            count: result.repaired,
            raw: text,
          });
          return;
        }
        if (result.kind !== 'ok') {
          setCollectionHealth(
            options.name,
            result.kind === 'newer'
              ? { state: 'newer', version: result.version, raw: text }
              : { state: 'damaged', problem: result.problem, raw: text },
          );
          return;
        }
        spilled.add(key);
        shadow.set(key, text);
        // Still held: this puts the value on screen without writing it back.
        built.store?.set(result.value);
        held.delete(key);
        setCollectionHealth(options.name, { state: 'ok' });
      })
      .catch(() => {
        setCollectionHealth(options.name, {
          state: 'damaged',
          problem: 'missing-spill',
          raw: safeGet(key) ?? '',
        });
      });
  };

  if (options.spill) spillable.set(key, options.version);
  const store = persistentAtom<T>(key, options.initial(), {
    // Returning undefined makes @nanostores/persistent delete the key (used by clearWorkbook).
    encode: (value) =>
      clearing
        ? undefined
        : encodeEnvelope(options.toStored ? options.toStored(value) : value, options.version),
    decode,
  });
  built.store = store;
  // A spilled value found while the atom was being built starts loading before `built.store` was
  // set; it sets the store when it arrives, which is always later (IndexedDB answers asynchronously).
  if (typeof window !== 'undefined' && !browserStorage()) {
    setCollectionHealth(options.name, { state: 'unsaved', reason: 'unavailable' });
  }
  registry.set(options.name, { store, initial: options.initial, codec: options });
  return store;
}

/**
 * The reader's choice for a damaged, repaired or newer value: keep a copy of the stored text under
 * a quarantine key (unless `keepCopy` is false, for when there is no room and the reader has
 * downloaded it), then save what is on screen (empty, or the repaired value) over it.
 *
 * @returns false when the copy could not be kept; nothing was changed then.
 */
export function startAfresh(collection: string, { keepCopy = true } = {}): boolean {
  const health = storageHealth.get()[collection];
  const entry = registry.get(collection);
  if (!entry || !health || !('raw' in health)) return false;
  const key = storageKey(collection);
  if (keepCopy) {
    try {
      const storage = browserStorage();
      if (!storage) return false;
      storage.setItem(`${quarantineKey(collection)}:${new Date().toISOString()}`, health.raw);
    } catch {
      return false;
    }
  }
  // Read the value while the key is still held, so that mounting the store cannot re-read storage.
  const onScreen = entry.store.get();
  held.delete(key);
  setCollectionHealth(collection, { state: 'ok' });
  entry.store.set(onScreen);
  return true;
}

/** One stored key for the "Your data" page. */
export interface StoredEntry {
  key: string;
  /** The collection, or undefined for a quarantined copy. */
  collection: string | undefined;
  /** Characters stored (key and value): localStorage's limit is counted in characters. */
  chars: number;
  /** Whether the value itself is in IndexedDB (localStorage holds a pointer to it). */
  inIndexedDb: boolean;
}

/** Every key the workbook has in this browser, with its size. */
export function listStoredEntries(): StoredEntry[] {
  const storage = browserStorage();
  if (!storage) return [];
  const entries: StoredEntry[] = [];
  try {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (!key?.startsWith(STORAGE_PREFIX)) continue;
      const value = storage.getItem(key) ?? '';
      const pointer = readSpillPointer(value);
      entries.push({
        key,
        collection: collectionOfKey(key),
        chars: key.length + (pointer ? pointer.chars : value.length),
        inIndexedDb: pointer !== undefined,
      });
    }
  } catch {
    return entries;
  }
  return entries.sort((a, b) => a.key.localeCompare(b.key));
}

/** The stored text under a key of the workbook's, following a pointer into IndexedDB. */
export async function readStoredText(key: string): Promise<string | undefined> {
  if (!key.startsWith(STORAGE_PREFIX)) return undefined;
  const text = safeGet(key);
  if (text !== undefined && readSpillPointer(text)) return getSpilled(key);
  return text;
}

/** Removes one quarantined copy. */
export function removeQuarantined(key: string): void {
  if (key.startsWith(QUARANTINE_PREFIX)) safeRemove(key);
}

/** Whether the browser lets the workbook read its storage at all. */
export function storageAvailable(): boolean {
  return browserStorage() !== undefined;
}

/**
 * Removes everything the workbook stored in this browser and resets every collection in this tab.
 * The page asks the reader to confirm before calling it.
 */
export function clearWorkbook(): void {
  for (const { key } of listStoredEntries()) safeRemove(key);
  held.clear();
  shadow.clear();
  spilled.clear();
  spillSequence.clear();
  if (indexedDbAvailable()) void clearSpilled().catch(() => undefined);
  clearing = true;
  try {
    for (const [collection, { store, initial }] of registry) {
      store.set(initial());
      setCollectionHealth(collection, { state: 'ok' });
    }
  } finally {
    clearing = false;
  }
}

/** A collection with a store on this page, for the backup (src/stores/backup.ts). */
export interface RegisteredCollection {
  store: WritableAtom<unknown>;
  /** How the collection's stored values are read: schema version, schema, migrations. */
  codec: CollectionCodec<unknown>;
  initial: () => unknown;
}

/** The store and codec of a collection created on this page, or undefined. */
export function registeredCollection(collection: string): RegisteredCollection | undefined {
  return registry.get(collection);
}

/**
 * Resolves once the latest write of a collection has reached storage: at once when it went to
 * localStorage, later when a large value is on its way to IndexedDB.
 * @returns true when the collection is saved, false when the write failed or is held
 */
export async function whenSaved(collection: string): Promise<boolean> {
  const key = storageKey(collection);
  for (let pending = pendingSpills.get(key); pending; pending = pendingSpills.get(key)) {
    await pending;
    if (pendingSpills.get(key) === pending) pendingSpills.delete(key);
  }
  return storageHealth.get()[collection] === undefined;
}

/**
 * Stores the text of a collection that no store on this page reads (a collection restored from a
 * backup made by a later version), but only when nothing is stored under its key yet: a value
 * this page cannot check never replaces one already there.
 * @returns whether the text was stored
 */
export function writeStoredTextIfAbsent(collection: string, text: string): boolean {
  const key = storageKey(collection);
  const storage = browserStorage();
  if (!storage || registry.has(collection) || safeGet(key) !== undefined) return false;
  try {
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}
