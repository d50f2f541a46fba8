import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { collectionOfKey } from '../lib/storage/storage-key';
import {
  browserStorage,
  held,
  safeGet,
  safeRemove,
  shadow,
  writeFailed,
} from './persistence-engine';
import { spill, spillVersion, unspill } from './persistence-spill';
import { setCollectionHealth } from './storage-health';

/*
 * @nanostores/persistent alone loses data (see shared notes/reliability.md): a corrupt value throws
 * or is silently replaced, a failed write throws into the component. So every read and write goes
 * through this guarded engine: reads never throw, held values are never written over until the
 * reader decides, and failed writes keep the work in memory and say so.
 */

/** Writes one collection's text: to localStorage, or IndexedDB when large; never throws. */
export function safeWrite(key: string, value: string): void {
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
  const version = spillVersion(key, value);
  if (version !== undefined) {
    spill(key, value, version);
    return;
  }
  try {
    // One key per collection: setItem either stores the whole value or nothing.
    storage.setItem(key, value);
    shadow.delete(key);
    unspill(key);
    setCollectionHealth(collection, { state: 'ok' });
  } catch (error) {
    shadow.set(key, value);
    writeFailed(collection, error);
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
