/*
 * How much room the browser gives the workbook, in one place: the spill threshold, localStorage's
 * limit and budget, and what a full storage looks like.
 */

/** Chromium and Firefox stop localStorage at about five million characters per site. */
export const LOCAL_STORAGE_LIMIT = 5_000_000;

/** What the map may fill of localStorage, leaving room for the other collections' next saves. */
export const LOCAL_STORAGE_BUDGET = 4_500_000;

/**
 * Above this many characters a collection that allows it is kept in IndexedDB, with a small pointer
 * in localStorage.
 */
export const SPILL_AT = 1_000_000;

/**
 * A spillable collection's stored text this long is read off the page, in a worker
 * (persistence-decode.ts): read on the page it would hold the page up for 100 ms and more.
 */
export const DECODE_OFF_PAGE_AT = 200_000;

/** IndexedDB's room when the browser will not estimate it: far more than any map needs. */
export const UNKNOWN_INDEXED_DB_ROOM = 100_000_000;

/** Whether a failed write failed because the storage is full. */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/**
 * The characters IndexedDB can still take, from the browser's estimate in bytes (a character may
 * take two); `UNKNOWN_INDEXED_DB_ROOM` when the browser gives no estimate.
 */
export async function indexedDbRoom(): Promise<number> {
  try {
    const estimate = await navigator.storage.estimate();
    if (estimate.quota === undefined) return UNKNOWN_INDEXED_DB_ROOM;
    return Math.floor((estimate.quota - (estimate.usage ?? 0)) / 2);
  } catch {
    return UNKNOWN_INDEXED_DB_ROOM;
  }
}
