// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LOCAL_STORAGE_BUDGET,
  LOCAL_STORAGE_LIMIT,
  SPILL_AT,
  UNKNOWN_INDEXED_DB_ROOM,
  indexedDbRoom,
  isQuotaError,
} from '../../../src/stores/storage-room';

afterEach(() => vi.unstubAllGlobals());

describe('the room figures', () => {
  it('spill a map to IndexedDB well before localStorage’s budget, which is under its limit', () => {
    expect(SPILL_AT).toBeLessThan(LOCAL_STORAGE_BUDGET);
    expect(LOCAL_STORAGE_BUDGET).toBeLessThan(LOCAL_STORAGE_LIMIT);
  });

  it('recognise a full storage in Chromium and Firefox, and nothing else', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isQuotaError(new DOMException('no', 'SecurityError'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
  });

  it('count IndexedDB’s free bytes as characters of two bytes', async () => {
    vi.stubGlobal('navigator', {
      storage: { estimate: () => Promise.resolve({ quota: 10_000, usage: 2_000 }) },
    });
    expect(await indexedDbRoom()).toBe(4_000);
  });

  it('assume plenty of room when the browser gives no estimate or refuses', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: () => Promise.resolve({}) } });
    expect(await indexedDbRoom()).toBe(UNKNOWN_INDEXED_DB_ROOM);
    vi.stubGlobal('navigator', { storage: { estimate: () => Promise.reject(new Error('no')) } });
    expect(await indexedDbRoom()).toBe(UNKNOWN_INDEXED_DB_ROOM);
  });
});
