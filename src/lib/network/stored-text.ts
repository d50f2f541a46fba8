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

/** Records' JSON in pieces joined by commas, each piece but the last ending with its comma. */
function cut<T>(records: readonly T[], text: (record: T) => string, key: (record: T) => string) {
  const pieces: string[] = [];
  let current: string[] = [];
  records.forEach((record, index) => {
    current.push(text(record));
    if (index === records.length - 1) pieces.push(current.join(','));
    else if (endsPiece(key(record))) {
      pieces.push(`${current.join(',')},`);
      current = [];
    }
  });
  return pieces;
}

/** How many records `prepareStoredText` walks: every person, then every tie. */
export function storedRecordCount(network: Network): number {
  return network.people.length + network.ties.length;
}

/**
 * Writes the JSON of records `from` to `to` (people first, then ties) into the cache without
 * joining them, so that a large map (an import) can be serialised a slice at a time between other
 * tasks; `networkPieces` then only joins.
 */
export function prepareStoredText(network: Network, from: number, to: number): void {
  const count = network.people.length;
  for (let index = from; index < to; index++) {
    if (index < count) textOf(personText, network.people[index] as Person, compactPerson);
    else {
      const tie = network.ties[index - count];
      if (tie) textOf(tieText, tie, compactTie);
    }
  }
}

/**
 * The map's stored envelope in pieces whose concatenation is exactly what
 * `encodeEnvelope(compactNetwork(network), version)` writes.
 */
export function networkPieces(network: Network, version: number): string[] {
  const people = cut(
    network.people,
    (person) => textOf(personText, person, compactPerson),
    (person) => person.id,
  );
  const ties = cut(
    network.ties,
    (tie) => textOf(tieText, tie, compactTie),
    (tie) => `${tie.a} ${tie.b}`,
  );
  return [
    `{"v":${String(version)},"data":{"people":[`,
    ...people,
    '],"ties":[',
    ...ties,
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
