import { textHash } from '../lib/storage/text-hash';

/*
 * IndexedDB for collections too large for localStorage (a 30,000-person network is about 9 million
 * characters; localStorage stops at about 5 million). Only src/stores/persistence*.ts use this
 * file: together they are the one module that touches storage. It is fetched only when needed
 * (`indexedDbCode` in persistence-spill.ts): keep it out of the static imports.
 *
 * A value is kept in pieces, each under `<key>#<hash of its text>`, with a list of the pieces
 * under `<key>`. Writing the whole text each time took one task of 100–250 ms at 30,000 people
 * (the browser copies the string before the call returns); an edit changes one piece, so only that
 * piece is written. Each write is one transaction, so the list and its pieces change together or
 * not at all; the pieces are put a batch per task, so no write blocks the page for long.
 */

const DB_NAME = 'share-your-network';
const STORE = 'collections';
/** Characters hashed and put in one task before waiting for the browser to take them. */
const BATCH_CHARS = 40_000;
/** The size of the pieces a text is cut into when its collection gives none. */
const SLICE_CHARS = 50_000;

/** What is stored under a spilled collection's key: the names of its pieces, in order. */
interface PieceList {
  pieces: string[];
}

let opening: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(request.error ?? new Error('persistence: IndexedDB did not open'));
    request.onblocked = () => reject(new Error('persistence: IndexedDB is blocked'));
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/**
 * Runs `act` in one transaction; resolves with what `act` set once the transaction is complete
 * (only then is a write durable), rejects when it fails or is aborted.
 */
function transact<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore, done: (value: T) => void) => void,
): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        let result: T | undefined;
        act(transaction.objectStore(STORE), (value) => (result = value));
        transaction.oncomplete = () => resolve(result as T);
        transaction.onerror = () =>
          reject(transaction.error ?? new Error('persistence: IndexedDB failed'));
        transaction.onabort = () =>
          reject(transaction.error ?? new Error('persistence: IndexedDB aborted'));
      }),
  );
}

const pieceKey = (key: string, name: string) => `${key}#${name}`;
const piecesOf = (key: string) => IDBKeyRange.bound(`${key}#`, `${key}#\uffff`);

function isPieceList(value: unknown): value is PieceList {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as PieceList).pieces) &&
    (value as PieceList).pieces.every((name) => typeof name === 'string')
  );
}

/** The name of each piece written or read last, per key: hashing 9 M characters takes a while. */
const names = new Map<string, Map<string, string>>();

function slices(text: string): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += SLICE_CHARS)
    pieces.push(text.slice(at, at + SLICE_CHARS));
  return pieces;
}

/**
 * Stores the text of a collection under its storage key, writing only the pieces not stored yet
 * and removing those no longer used, all in one transaction.
 * @param pieces the text cut where its records end (their concatenation is `text`)
 */
export function putSpilled(
  key: string,
  text: string,
  pieces: readonly string[] = slices(text),
): Promise<void> {
  const known = names.get(key) ?? new Map<string, string>();
  const named = new Map<string, string>();
  const list: string[] = [];
  return transact<undefined>('readwrite', (store) => {
    const existing = store.getAllKeys(piecesOf(key));
    existing.onsuccess = () => {
      const before = existing.result.map(String);
      const present = new Set(before);
      // Pieces are named (hashed) and put a batch per task: the transaction stays open as long
      // as a request is pending, and each request's success is a new task.
      const putBatch = () => {
        let work = 0;
        let last: IDBRequest | undefined;
        while (list.length < pieces.length && work < BATCH_CHARS) {
          const piece = pieces[list.length] as string;
          let name = known.get(piece);
          if (name === undefined) {
            name = textHash(piece);
            work += piece.length;
          }
          named.set(piece, name);
          list.push(name);
          const at = pieceKey(key, name);
          if (!present.has(at)) {
            last = store.put(piece, at);
            present.add(at);
            work += piece.length;
          }
        }
        if (list.length < pieces.length) {
          (last ?? store.getKey(key)).onsuccess = putBatch;
          return;
        }
        // Every piece is in: now the list may name them, and the unused ones can go.
        names.set(key, named);
        store.put({ pieces: list } satisfies PieceList, key);
        const wanted = new Set(list.map((name) => pieceKey(key, name)));
        for (const old of before) if (!wanted.has(old)) store.delete(old);
      };
      putBatch();
    };
  });
}

/** The text stored under a key (whole, or joined from its pieces), or undefined. */
export function getSpilled(key: string): Promise<string | undefined> {
  return transact<string | undefined>('readonly', (store, done) => {
    const head = store.get(key);
    head.onsuccess = () => {
      const value: unknown = head.result;
      if (typeof value === 'string') return done(value);
      if (!isPieceList(value)) return done(undefined);
      const pieces: (string | undefined)[] = [];
      let waiting = value.pieces.length;
      if (waiting === 0) return done('');
      value.pieces.forEach((name, index) => {
        const got = store.get(pieceKey(key, name));
        got.onsuccess = () => {
          pieces[index] = typeof got.result === 'string' ? got.result : undefined;
          waiting -= 1;
          if (waiting > 0) return;
          // A missing piece means the value cannot be read whole: say so rather than guess.
          if (pieces.some((piece) => piece === undefined)) return done(undefined);
          const whole = pieces as string[];
          names.set(key, new Map(whole.map((piece, at) => [piece, value.pieces[at] as string])));
          done(whole.join(''));
        };
      });
    };
  });
}

/** Removes one collection's text and its pieces. */
export function deleteSpilled(key: string): Promise<void> {
  names.delete(key);
  return transact<undefined>('readwrite', (store) => {
    store.delete(key);
    store.delete(piecesOf(key));
  });
}

/** Removes every collection's text. */
export function clearSpilled(): Promise<void> {
  names.clear();
  return transact<undefined>('readwrite', (store) => store.clear());
}
