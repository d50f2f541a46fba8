import { atom } from 'nanostores';
import { addPerson, movePerson, updatePerson, type MoveTarget } from '../lib/network/add-person';
import { compactNetwork } from '../lib/network/compact';
import type { CustomContext } from '../lib/network/context';
import { mergePeople, unmergePeople, type MergeUndo } from '../lib/network/merge-people';
import { addCustomContext, setIssues } from '../lib/network/network-ops';
import { emptyNetwork, networkSchema, type Network } from '../lib/network/network';
import type { Person, PersonInput } from '../lib/network/person';
import {
  placePeople,
  restorePlaces,
  type PlaceBefore,
  type Placement,
} from '../lib/network/place-people';
import { removePerson, restorePerson, type RemovedPerson } from '../lib/network/remove-person';
import { sanitizeNetwork } from '../lib/network/sanitize';
import { networkPieces } from '../lib/network/stored-text';
import {
  sortStep,
  type SortAction,
  type SortOutcome,
  type SortSession,
} from '../lib/network/sorting-session';
import type { TieStrength } from '../lib/network/tie';
import { addTie, removeTie } from '../lib/network/tie-ops';
import { persistentCollection } from './persistence';

/*
 * Reading repairs rather than rejects: one tie to a missing person must not hide the whole map.
 * Parsing has no side effect (a backup preview parses maps too); what the repair dropped is
 * counted and reported by the read of the live map (persistence.ts), and the original kept.
 */
/** The stored map's schema version. */
const NETWORK_VERSION = 1;

const storedNetworkSchema = networkSchema.transform((stored) => sanitizeNetwork(stored).network);

/** The reader's network map, kept in this browser and in step with their other tabs. */
export const network = persistentCollection<Network>({
  name: 'network',
  version: NETWORK_VERSION,
  schema: storedNetworkSchema,
  initial: emptyNetwork,
  toStored: compactNetwork,
  // The same text, reusing each unchanged person's and tie's JSON: an edit writes one record.
  toPieces: (value) => networkPieces(value, NETWORK_VERSION),
  // Tens of thousands of imported contacts may not fit in localStorage even written compactly:
  // past about a million characters the map moves to IndexedDB.
  spill: true,
});

/** The most changes the reader can undo, newest first; only kept while the page is open. */
export const UNDO_LIMIT = 20;

/** One change the undo bar can take back, with what taking it back needs. */
export type MapUndo =
  | { kind: 'delete'; removed: RemovedPerson }
  | { kind: 'merge'; undo: MergeUndo; name: string; otherName: string }
  | { kind: 'move'; before: PlaceBefore[] };

/** Changes made in this tab that can be undone (deletions, merges, moves of many), oldest first. */
export const undoHistory = atom<readonly MapUndo[]>([]);

function remember(entry: MapUndo): void {
  undoHistory.set([...undoHistory.get(), entry].slice(-UNDO_LIMIT));
}

/**
 * Puts a new person on the map, stamped with the time they were added.
 * @throws Error when the name is empty (the form checks it first)
 */
export function addPersonToMap(input: Omit<PersonInput, 'id'>): Person {
  const result = addPerson(network.get(), input, { now: new Date().toISOString() });
  network.set(result.network);
  return result.person;
}

/** Changes some fields of a person. @throws Error when the result would be invalid */
export function editPerson(id: string, patch: Partial<Omit<PersonInput, 'id'>>): void {
  network.set(updatePerson(network.get(), id, patch));
}

/** Moves a person to another ring and/or context sector, as a drag on the map does. */
export function movePersonTo(id: string, target: MoveTarget): void {
  network.set(movePerson(network.get(), id, target));
}

/** Deletes a person and their ties; `undoLast` brings them back. */
export function deletePerson(id: string): RemovedPerson {
  const { network: next, undo } = removePerson(network.get(), id);
  network.set(next);
  remember({ kind: 'delete', removed: undo });
  return undo;
}

/**
 * Merges the person `dropId` into `keepId` (two records of one person); `undoLast` separates them.
 * @returns the merged person
 */
export function mergePeopleOnMap(keepId: string, dropId: string): Person {
  const { network: next, person, undo } = mergePeople(network.get(), keepId, dropId);
  network.set(next);
  remember({ kind: 'merge', undo, name: person.name, otherName: undo.removed.person.name });
  return person;
}

/**
 * Moves many people to a ring and/or context in one change, which `undoLast` takes back whole.
 * @returns how many people moved (those already there do not count)
 */
export function placePeopleOnMap(ids: readonly string[], placement: Placement): number {
  const { network: next, before } = placePeople(network.get(), ids, placement);
  if (before.length === 0) return 0;
  network.set(next);
  remember({ kind: 'move', before });
  return before.length;
}

/**
 * One key press of the sorting mode, saved at once (the mode keeps its own undo, card by card).
 * @returns the next session and what happened
 */
export function sortOnMap(
  session: SortSession,
  action: SortAction,
): { session: SortSession; outcome: SortOutcome } {
  const before = network.get();
  const result = sortStep(session, before, action);
  if (result.network !== before) network.set(result.network);
  return { session: result.session, outcome: result.outcome };
}

/**
 * Takes back the newest change on the undo bar.
 * @returns what was undone (for the announcement), or undefined when there is nothing to undo
 */
export function undoLast(): MapUndo | undefined {
  const stack = undoHistory.get();
  const last = stack.at(-1);
  if (last === undefined) return undefined;
  const current = network.get();
  if (last.kind === 'delete') network.set(restorePerson(current, last.removed));
  else if (last.kind === 'merge') network.set(unmergePeople(current, last.undo));
  else network.set(restorePlaces(current, last.before));
  undoHistory.set(stack.slice(0, -1));
  return last;
}

/** Records that two people know each other (or changes the strength of their tie). */
export function tiePeople(a: string, b: string, strength: TieStrength = 'weak'): void {
  network.set(addTie(network.get(), a, b, strength));
}

/** Forgets that two people know each other. */
export function untiePeople(a: string, b: string): void {
  network.set(removeTie(network.get(), a, b));
}

/** Adds a context of the reader's own; an existing one with the same label is given back. */
export function addContextToMap(label: string): CustomContext {
  const result = addCustomContext(network.get(), label);
  if (result.network !== network.get()) network.set(result.network);
  return result.context;
}

/** Sets the issues that matter to the reader, read by the diversity lens. */
export function setReaderIssues(issues: readonly string[]): void {
  network.set(setIssues(network.get(), issues));
}
