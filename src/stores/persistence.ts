import type { WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import {
  decodeEnvelope,
  storedText,
  type CollectionCodec,
  type DecodeResult,
} from '../lib/storage/envelope';
import { storageKey } from '../lib/storage/storage-key';
import { readSpillPointer } from '../lib/storage/spill-pointer';
import { browserStorage, clearing, held, safeGet, shadow } from './persistence-engine';
import {
  indexedDbCode,
  type IndexedDbCode,
  rememberPieces,
  spillable,
  spilled,
  WARM_AT,
} from './persistence-spill';
import { DECODE_OFF_PAGE_AT } from './storage-room';
import { afterPaint, lazyText, setAsRead } from './persistence-write';
import { storageHealth, setCollectionHealth } from './storage-health';

export {
  listStoredEntries,
  readStoredText,
  removeQuarantined,
  storageAvailable,
  type StoredEntry,
} from './persistence-entries';

/*
 * The registry of persisted collections: each store built over the guarded engine
 * (persistence-engine.ts, persistence-write.ts, persistence-spill.ts), and what the workbook does
 * with all of them (start afresh, clear, back up). The list of collections is collections.ts.
 */

/** What a persisted collection is: its name, schema version, schema, migrations and default. */
export interface CollectionOptions<T> extends CollectionCodec<T> {
  /** Short name; the storage key is `syn:<name>`. */
  name: string;
  /** Whether the collection may grow past localStorage's room and move to IndexedDB. */
  spill?: boolean;
  /**
   * Whether a change is written once its frame is painted rather than at once (a large value
   * whose write would delay the screen); it is always written before the page is left.
   */
  writeAfterPaint?: boolean;
  /**
   * Does the work of `toPieces` ahead, a step per `next()` (caching each record's text), so that a
   * write after the paint can serialise a large value a slice at a time (persistence-write.ts).
   */
  prepareText?: (value: T) => Iterator<unknown>;
  /** The value when nothing is stored, or when the stored value cannot be read. */
  initial: () => T;
}

interface Registered {
  store: WritableAtom<unknown>;
  initial: () => unknown;
  codec: CollectionCodec<unknown>;
}
/** Every collection built on this page; what the workbook does with all of them is workbook-actions.ts. */
export const registry = new Map<string, Registered>();

/** How long after a failed fetch of the IndexedDB code it is asked for again, at first and at most. */
const FIRST_RETRY_MS = 2000;
const LAST_RETRY_MS = 60_000;

/**
 * A nanostores atom kept in localStorage under `syn:<name>`, checked by its schema on every read, and
 * in step with other tabs through storage events. It never throws: a value it cannot read leaves
 * the store at its default, keeps the stored text as it is and reports the problem in
 * `storageHealth`.
 */
export function persistentCollection<T>(options: CollectionOptions<T>): WritableAtom<T> {
  const key = storageKey(options.name);
  // decode runs while persistentAtom is still being built, before `store` could be assigned.
  const built: { store?: WritableAtom<T> } = {};

  const current = () => built.store?.value ?? options.initial();

  /**
   * Reads begun, the latest last: a read finished off the page after a newer one began (another
   * tab saved meanwhile) is dropped, never put over the newer value.
   */
  let reads = 0;

  const decode = (raw: string): T => {
    reads += 1;
    const pointer = readSpillPointer(raw);
    if (pointer) {
      if (pointer.v > options.version) {
        unusable({ kind: 'newer', version: pointer.v }, raw);
      } else {
        loadSpilled();
      }
      return current();
    }
    if (options.spill && raw.length >= DECODE_OFF_PAGE_AT && typeof window !== 'undefined') {
      // Its next write goes to IndexedDB: the code is fetched now, not with that write, which
      // would otherwise first copy millions of characters into localStorage while it waits.
      if (raw.length > WARM_AT) indexedDbCode().catch(() => undefined);
      readLarge(raw, 'localStorage');
      return current();
    }
    const result = decodeEnvelope(raw, options);
    if (result.kind === 'ok' && result.repaired) {
      shownRepaired(result.repaired, raw);
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
    unusable(result, raw);
    return current();
  };

  /** Shown repaired, but the stored text stays as it was until the reader has been told. */
  const shownRepaired = (count: number, raw: string) => {
    held.add(key);
    setCollectionHealth(options.name, { state: 'repaired', count, raw });
  };

  /** A stored value this page cannot use: kept as it is (held) and the reader told why. */
  const unusable = (result: Exclude<DecodeResult<T>, { kind: 'ok' }>, raw: string) => {
    held.add(key);
    setCollectionHealth(
      options.name,
      result.kind === 'newer'
        ? { state: 'newer', version: result.version, raw }
        : { state: 'damaged', problem: result.problem, raw },
    );
  };

  /**
   * Reads a large stored text off the page (persistence-decode.ts). Until it is in, the key is
   * held and the collection says it is loading: nothing written meanwhile can replace the
   * stored value with a half-loaded one, and what the read finds wins over it.
   */
  const readLarge = (text: string, from: 'localStorage' | 'IndexedDB') => {
    const read = reads;
    held.add(key);
    setCollectionHealth(options.name, { state: 'loading' });
    // The worker's code comes only with a large value: few readers have one.
    void import('./persistence-decode')
      .then(
        ({ decodeOffPage }) => decodeOffPage(options.name, text, options),
        () => decodeEnvelope(text, options),
      )
      .then((result) => {
        // Not when the workbook was cleared meanwhile (nothing is held then) or a newer read began.
        if (read === reads && held.has(key)) settle(text, from, result);
      });
  };

  /** Puts what a read found on screen, or reports why it cannot be used; the text stays stored. */
  const settle = (text: string, from: 'localStorage' | 'IndexedDB', result: DecodeResult<T>) => {
    if (result.kind === 'ok' && result.repaired) {
      built.store?.set(result.value);
      shownRepaired(result.repaired, text);
      return;
    }
    if (result.kind !== 'ok') {
      unusable(result, text);
      return;
    }
    if (from === 'IndexedDB') {
      spilled.add(key);
      shadow.set(key, text);
    } else shadow.delete(key);
    // Still held: this puts the value on screen without writing it back.
    setAsRead(key, text, () => built.store?.set(result.value));
    held.delete(key);
    setCollectionHealth(options.name, { state: 'ok' });
  };

  /**
   * Reads a spilled value back from IndexedDB. Until it arrives the key is held, so that nothing
   * written meanwhile can replace the stored value with a half-loaded one.
   */
  const loadSpilled = (retryMs = FIRST_RETRY_MS) => {
    const read = reads;
    held.add(key);
    setCollectionHealth(options.name, { state: 'loading' });
    indexedDbCode().then(
      (indexedDb) => {
        if (read === reads) readSpilled(indexedDb);
      },
      () => {
        // The IndexedDB code did not arrive (offline before the service worker had it): the
        // value is safe where it is, so it stays held and loading, and is asked for again later.
        setTimeout(() => {
          if (held.has(key) && storageHealth.get()[options.name]?.state === 'loading') {
            loadSpilled(Math.min(retryMs * 2, LAST_RETRY_MS));
          }
        }, retryMs);
      },
    );
  };

  const readSpilled = (indexedDb: IndexedDbCode) => {
    const read = reads;
    indexedDb
      .getSpilled(key)
      .then((text) => {
        if (read !== reads) return;
        if (text === undefined) {
          setCollectionHealth(options.name, {
            state: 'damaged',
            problem: 'missing-spill',
            raw: safeGet(key) ?? '',
          });
          return;
        }
        readLarge(text, 'IndexedDB');
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
  if (options.writeAfterPaint) afterPaint.add(key);
  const store = persistentAtom<T>(key, options.initial(), {
    // Returning undefined makes @nanostores/persistent delete the key (used by clearWorkbook).
    encode: (value) => {
      if (clearing.now) return undefined;
      const text = () => {
        if (!options.toPieces) return storedText(value, options);
        const pieces = options.toPieces(value);
        // `+` rather than join(''): the engine links the pieces without copying 9 M characters,
        // and a value that goes to IndexedDB is written from its pieces, never read whole.
        let joined = '';
        for (const piece of pieces) joined += piece;
        rememberPieces(key, joined, pieces);
        return joined;
      };
      // Serialised when written, after the edit's frame is painted (persistence-write.ts).
      const { prepareText } = options;
      if (!options.writeAfterPaint) return text();
      return lazyText(key, text, prepareText && (() => prepareText(value)));
    },
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
