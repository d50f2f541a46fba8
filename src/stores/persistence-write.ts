import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { collectionOfKey } from '../lib/storage/storage-key';
import {
  browserStorage,
  held,
  madeText,
  safeGet,
  safeRemove,
  shadow,
  unwritten,
  unwrittenText,
  writeFailed,
  type LazyText,
} from './persistence-engine';
import { onPageExit } from './pending-writes';
import { spill, spillVersion, unspill } from './persistence-spill';
import { setCollectionHealth } from './storage-health';

/*
 * @nanostores/persistent alone loses data (see shared notes/reliability.md): a corrupt value throws
 * or is silently replaced, a failed write throws into the component. So every read and write goes
 * through this guarded engine: reads never throw, held values are never written over until the
 * reader decides, and failed writes keep the work in memory and say so.
 */

/** Storage keys whose writes wait until the edit's frame is painted (see `writeAfterPaint`). */
export const afterPaint = new Set<string>();

/**
 * A large collection (the map: 330,000 characters at 1,000 people) takes 15–20 ms to write, which
 * would hold the edited dot off the screen: its writes wait until the edit's frame is painted, and
 * quick edits in between are written once. Its text is worked out then too (`lazyText`): an edit
 * hands over a way to make it, and only the last edit's is ever made. Nothing waits longer than
 * that: every pending write is made when the page is hidden or left (pagehide,
 * visibilitychange), before anything reads storage itself (`flushWrites`, and any read of the
 * key sees the waiting value), and a write from another tab replaces ours as it always did.
 */
function writeAfterPaint(key: string, value: string | LazyText): void {
  const waiting = unwritten.size > 0;
  unwritten.set(key, value);
  if (waiting) return;
  if (typeof document !== 'undefined' && document.visibilityState === 'hidden') {
    flushWrites();
    return;
  }
  // After the next paint; a tab in the background paints no frames, so a timer stands in.
  const fallback = setTimeout(flushWrites, 250);
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(afterFrame, 0));
  }
  pendingTimer = fallback;
}
let pendingTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * The text is worked out in one task and written in the next: at 30,000 people each takes tens
 * of milliseconds, and together they would make one long task. A value that can prepare its text
 * ahead (`lazyText`'s `prepare`: the map serialises each record it has not written before) does
 * so a slice of about {@link SLICE_MS} at a time first, so that a map read back from IndexedDB,
 * whose records are all new to the cache, is not serialised in one 100 ms task on its first edit.
 */
function afterFrame(): void {
  // A frame was painted: the slices below go on with timers, and a hidden page flushes at once.
  clearTimeout(pendingTimer);
  pendingTimer = undefined;
  const started = performance.now();
  for (const value of unwritten.values()) {
    if (typeof value === 'string') continue;
    const steps = preparing.get(value);
    if (steps === undefined) continue;
    while (performance.now() - started < SLICE_MS) {
      if (steps.next().done === true) {
        preparing.delete(value);
        break;
      }
    }
    if (preparing.has(value)) {
      setTimeout(afterFrame, 0);
      return;
    }
  }
  for (const key of [...unwritten.keys()]) unwrittenText(key);
  setTimeout(flushWrites, 0);
}

/** How long one slice of preparing a value's text may run before the page gets its turn. */
const SLICE_MS = 8;

/** The preparation still to run of each waiting lazy value that can prepare its text ahead. */
const preparing = new WeakMap<LazyText, Iterator<unknown>>();

/** The lazy value each key's latest `lazyText` stands for, until the engine receives its token. */
const handedOver = new Map<string, LazyText>();
let tokens = 0;

/**
 * Stands in for a collection's text until it is written: @nanostores/persistent encodes a value
 * and hands the result to the engine at once, so `encode` returns this token (it can never be
 * stored text: it starts with a NUL) and the engine files `make` as the waiting write. `prepare`,
 * when given, does the work of `make` ahead in steps (see `afterFrame`); `make` must give the same
 * text whether it ran or not.
 */
export function lazyText(
  key: string,
  make: () => string,
  prepare?: () => Iterator<unknown>,
): string {
  tokens += 1;
  const token = `\u0000unwritten ${tokens}`;
  const lazy = { token, make };
  if (prepare !== undefined) preparing.set(lazy, prepare());
  handedOver.set(key, lazy);
  return token;
}

/** Keys being set to the value just read from storage, with its text (see `setAsRead`). */
const beingRead = new Map<string, string>();

/**
 * Runs `set`, which puts the value read from storage as `text` in the store of `key` (a map read
 * back from IndexedDB): storage already holds it, so the write that set files is not made
 * (serialising and hashing 30,000 people for nothing, in a long task after the first paint), and
 * neither is an older one still waiting, which the value read replaces as before. Its token stands
 * for `text`, so reads, and @nanostores/persistent's check on mount and when a page is shown
 * again, see the value as stored.
 */
export function setAsRead(key: string, text: string, set: () => void): void {
  beingRead.set(key, text);
  try {
    set();
  } finally {
    beingRead.delete(key);
  }
}

/** Makes every write still waiting for a paint now. */
export function flushWrites(): void {
  clearTimeout(pendingTimer);
  pendingTimer = undefined;
  for (const key of [...unwritten.keys()]) {
    const text = unwrittenText(key);
    unwritten.delete(key);
    if (text !== undefined) writeNow(key, text);
  }
}
onPageExit(flushWrites);

/** Forgets a waiting write: the key was written by another tab, or removed. */
export function dropWrite(key: string | null): void {
  if (key === null) unwritten.clear();
  else unwritten.delete(key);
}

if (typeof window !== 'undefined') {
  // Runs before @nanostores/persistent's own listener (added when a store is first used): the
  // other tab's value, written after our edit, is the newer one and must not be written over.
  window.addEventListener('storage', (event) => dropWrite(event.key));
}

/** Writes one collection's text: to localStorage, or IndexedDB when large; never throws. */
export function safeWrite(key: string, value: string): void {
  const lazy = handedOver.get(key);
  handedOver.delete(key);
  const read = beingRead.get(key);
  if (read !== undefined) {
    dropWrite(key);
    if (lazy !== undefined && lazy.token === value) madeText.set(key, { token: value, text: read });
    return;
  }
  if (lazy !== undefined && lazy.token === value) writeAfterPaint(key, lazy);
  else if (afterPaint.has(key)) writeAfterPaint(key, value);
  else writeNow(key, value);
}

/**
 * What the engine shows @nanostores/persistent under a key: the stored text, or the token of the
 * store's own last value when that is what is stored. It compares the two on mount and when a
 * page comes back from the back-forward cache, and reads the text again only when they differ.
 */
function engineGet(key: string): string | undefined {
  const text = safeGet(key);
  const made = madeText.get(key);
  return made !== undefined && text === made.text ? made.token : text;
}

/** Writes one collection's text at once. */
function writeNow(key: string, value: string): void {
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
    get: (_target, key) => (typeof key === 'string' ? engineGet(key) : undefined),
    has: (_target, key) =>
      typeof key === 'string' && (unwritten.has(key) || safeGet(key) !== undefined),
    set: (_target, key, value) => {
      if (typeof key === 'string' && typeof value === 'string') safeWrite(key, value);
      return true;
    },
    deleteProperty: (_target, key) => {
      if (typeof key === 'string' && !held.has(key)) {
        dropWrite(key);
        safeRemove(key);
      }
      return true;
    },
  },
);

const noEvents = { addEventListener() {}, removeEventListener() {} };
setPersistentEngine(
  guardedEngine,
  typeof window === 'undefined' ? noEvents : windowPersistentEvents,
);
