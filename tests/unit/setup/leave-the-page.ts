import { afterEach } from 'vitest';

/*
 * The map's store writes a change once its frame is painted, and every waiting write is made when
 * the reader leaves the page (src/stores/persistence-write.ts). A test is one visit: when it ends
 * the reader leaves, so that a write it left waiting is made now, inside it, and never lands
 * later in the storage of the next test (each test loads fresh copies of the store modules).
 */
afterEach(() => {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event('pagehide'));
});
