import { map } from 'nanostores';
import type { DecodeProblem } from '../lib/storage/envelope';

/**
 * What the reader must know about one stored collection:
 * - `damaged`: the stored text could not be read; it is left as it is and nothing is written over
 *   it until the reader chooses (the raw text is also kept here so that it can be downloaded);
 * - `repaired`: read, but `count` stored values had to be changed or left out to read it; the
 *   repaired value is on screen, the stored text is kept as it was until the reader chooses;
 * - `newer`: saved by a later version of the workbook; left untouched, same as above;
 * - `unsaved`: the last write failed (storage full or blocked); the work is only in this tab;
 * - `loading`: a large collection is being read back from IndexedDB; edits wait until it is in.
 */
export type CollectionHealth =
  | { state: 'ok' }
  | { state: 'loading' }
  | { state: 'damaged'; problem: DecodeProblem | 'missing-spill'; raw: string }
  | { state: 'repaired'; count: number; raw: string }
  | { state: 'newer'; version: number; raw: string }
  | { state: 'unsaved'; reason: 'quota' | 'unavailable' };

/** The health of every collection that is not simply `ok`, by collection name. */
export const storageHealth = map<Record<string, CollectionHealth>>({});

/** Records the health of one collection; `ok` removes it from the map. */
export function setCollectionHealth(collection: string, health: CollectionHealth): void {
  const current = storageHealth.get()[collection];
  if (health.state === 'ok') {
    if (current) {
      const { [collection]: _removed, ...rest } = storageHealth.get();
      storageHealth.set(rest);
    }
    return;
  }
  if (JSON.stringify(current) !== JSON.stringify(health)) {
    storageHealth.setKey(collection, health);
  }
}
