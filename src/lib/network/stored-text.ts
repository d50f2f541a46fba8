import { writeJson } from '../storage/repair-text';
import { compactPerson, compactTie } from './compact';
import type { Network } from './network';
import type { Person } from './person';
import type { Tie } from './tie';

/*
 * The map's stored text, written record by record. An edit changes one person or tie and leaves
 * every other record the same object (the operations in this folder never mutate), so each
 * record's JSON is kept against the record itself: writing a 30,000-person map after an edit
 * serialises the one record that changed and joins the rest, instead of walking 30,000 records
 * through `writeJson` (about 200 ms on a phone-class core).
 *
 * The text comes in pieces of about a hundred records each, cut after records whose id hashes to
 * a multiple of `PIECE_EVERY` (content-defined, like rsync's chunks): adding, changing or removing
 * one person changes one piece, and the others stay byte for byte the same, so the storage can
 * write only the piece that changed.
 */

/** About how many records a piece holds. */
const PIECE_EVERY = 128;

const personText = new WeakMap<Person, string>();
const tieText = new WeakMap<Tie, string>();

function textOf<T extends object>(cache: WeakMap<T, string>, record: T, write: (r: T) => unknown) {
  let text = cache.get(record);
  if (text === undefined) {
    text = writeJson(write(record));
    cache.set(record, text);
  }
  return text;
}

/** Whether a piece ends after the record with this key (a cheap hash of the key). */
function endsPiece(key: string): boolean {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0) % PIECE_EVERY === 0;
}

/** A piece as last written: its records (the same objects, in order) and its text. */
interface Piece {
  records: readonly object[];
  /** Whether the piece ended at the end of its list (rather than after a cutting record). */
  atEnd: boolean;
  text: string;
}

/** Each piece, under its first record: a later write reuses it while its records are the same. */
const pieceAt = new WeakMap<object, Piece>();

/** The piece starting at `start`, if it is still as last written. */
function samePiece(records: readonly object[], start: number): Piece | undefined {
  const first = records[start];
  const piece = first === undefined ? undefined : pieceAt.get(first);
  if (piece === undefined) return undefined;
  const end = start + piece.records.length;
  if (end > records.length || piece.atEnd !== (end === records.length)) return undefined;
  for (let index = 1; index < piece.records.length; index++) {
    if (records[start + index] !== piece.records[index]) return undefined;
  }
  return piece;
}

/** The piece of `records` that starts at `start`: as last written if unchanged, else written now. */
function pieceFrom<T extends object>(
  records: readonly T[],
  start: number,
  text: (record: T) => string,
  key: (record: T) => string,
): Piece {
  const kept = samePiece(records, start);
  if (kept) return kept;
  let end = start;
  while (end < records.length - 1 && !endsPiece(key(records[end] as T))) end++;
  const members = records.slice(start, end + 1);
  const atEnd = end === records.length - 1;
  const joined = members.map(text).join(',');
  const piece = { records: members, atEnd, text: atEnd ? joined : `${joined},` };
  pieceAt.set(members[0] as T, piece);
  return piece;
}

/**
 * Walks a list of records piece by piece, writing what changed; pauses (yields) after about
 * {@link RECORDS_PER_STEP} records. Returns the pieces' texts, each but the last ending with the
 * comma that joins it to the next.
 */
function* cut<T extends object>(
  records: readonly T[],
  text: (record: T) => string,
  key: (record: T) => string,
): Generator<undefined, string[]> {
  const pieces: string[] = [];
  let sinceStep = 0;
  for (let start = 0; start < records.length;) {
    const piece = pieceFrom(records, start, text, key);
    pieces.push(piece.text);
    start += piece.records.length;
    sinceStep += piece.records.length;
    if (sinceStep >= RECORDS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
  }
  return pieces;
}

/** Runs a generator to its end without pausing. */
function finish<R>(steps: Generator<undefined, R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

const personPieces = (people: readonly Person[]) =>
  cut(
    people,
    (person) => textOf(personText, person, compactPerson),
    (person) => person.id,
  );
const tiePieces = (ties: readonly Tie[]) =>
  cut(
    ties,
    (tie) => textOf(tieText, tie, compactTie),
    (tie) => `${tie.a} ${tie.b}`,
  );

/** How many records `prepareStoredText` writes between two pauses. */
export const RECORDS_PER_STEP = 500;

/**
 * Writes every record's JSON and every piece into the cache, pausing (yielding) after about
 * {@link RECORDS_PER_STEP} records, so that a large map (an import) can be serialised a slice at
 * a time between other tasks; `networkPieces` then finds every piece ready.
 */
export function* prepareStoredText(network: Network): Generator<undefined, void> {
  yield* personPieces(network.people);
  yield* tiePieces(network.ties);
}

/**
 * The map's stored envelope in pieces whose concatenation is exactly what
 * `encodeEnvelope(compactNetwork(network), version)` writes.
 */
export function networkPieces(network: Network, version: number): string[] {
  return [
    `{"v":${String(version)},"data":{"people":[`,
    ...finish(personPieces(network.people)),
    '],"ties":[',
    ...finish(tiePieces(network.ties)),
    `],"customContexts":${writeJson(network.customContexts)},"issues":${writeJson(network.issues)}}}`,
  ];
}

/**
 * The map's stored envelope, exactly as `encodeEnvelope(compactNetwork(network), version)` writes
 * it, from the records' cached JSON.
 * @example networkText(emptyNetwork(), 1) // '{"v":1,"data":{"people":[],"ties":[],"customContexts":[],"issues":[]}}'
 */
export function networkText(network: Network, version: number): string {
  return networkPieces(network, version).join('');
}
