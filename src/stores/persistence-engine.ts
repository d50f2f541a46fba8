import { STORAGE_PREFIX } from '../lib/storage/storage-key';
import { setCollectionHealth } from './storage-health';
import { isQuotaError } from './storage-room';

/*
 * The storage engine's state and its guarded reads: one value per key, never a throw. The writes
 * are in persistence-write.ts, large values in persistence-spill.ts, the collections in
 * persistence.ts; together they are the only code that touches browser storage.
 */

/** localStorage, or undefined when the browser will not let the site read it. */
export function browserStorage(): Storage | undefined {
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

/**
 * Keys whose stored text is damaged, repaired or newer: held in memory, never written, until the
 * reader has chosen.
 */
export const held = new Set<string>();

/**
 * The encoded value of each key whose latest change is only in memory (held, or the write failed).
 * Reads see it first: @nanostores/persistent re-reads storage when a store is mounted or the page
 * is shown again, and would otherwise replace the reader's unsaved work with the older stored value.
 */
export const shadow = new Map<string, string>();

/**
 * A value whose text is worked out only when it is written or read: serialising the map is part
 * of its write, and waits with it until the edit's frame is painted.
 */
export interface LazyText {
  /** What @nanostores/persistent holds as the value written (see persistence-write.ts). */
  token: string;
  make: () => string;
}

/**
 * The value of each key whose latest change waits to be written once the edit's frame is painted
 * (persistence-write.ts), as text or still to be worked out. Newer than `shadow` and than storage,
 * so reads see it first.
 */
export const unwritten = new Map<string, string | LazyText>();

/** The text of a key's waiting write, worked out now if it was not yet (then kept). */
export function unwrittenText(key: string): string | undefined {
  const value = unwritten.get(key);
  if (value === undefined || typeof value === 'string') return value;
  const text = value.make();
  unwritten.set(key, text);
  madeText.set(key, { token: value.token, text });
  return text;
}

/** The text each lazy value's token stood for, once worked out (per key, the latest). */
export const madeText = new Map<string, { token: string; text: string }>();

/** Collections whose writes are suspended while clearWorkbook() resets them. */
export const clearing = { now: false };

/** Reports a failed write on the collection's notice. */
export function writeFailed(collection: string, error: unknown): void {
  setCollectionHealth(collection, {
    state: 'unsaved',
    reason: isQuotaError(error) ? 'quota' : 'unavailable',
  });
}

/** The text under a key: a write still to come first, then the unsaved copy, then localStorage. */
export function safeGet(key: string): string | undefined {
  const unsaved = unwrittenText(key) ?? shadow.get(key);
  if (unsaved !== undefined) return unsaved;
  try {
    return browserStorage()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Removes a key; when storage is blocked there is nothing to remove. */
export function safeRemove(key: string): void {
  try {
    browserStorage()?.removeItem(key);
  } catch {
    // Storage blocked: there is nothing we could remove.
  }
}
