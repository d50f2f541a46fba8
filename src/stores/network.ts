import { atom } from 'nanostores';
import * as v from 'valibot';
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
import { routeThroughSample } from './sample-mode';

/*
 * Reading repairs rather than rejects: one tie to a missing person must not hide the whole map.
 * Parsing has no side effect (a backup preview parses maps too); what the repair dropped is
 * counted and reported by the read of the live map (persistence.ts), and the original kept.
 */
/** The stored map's schema version. */
const NETWORK_VERSION = 1;

const storedNetworkSchema = v.pipe(
  networkSchema,
  v.transform((stored: Network) => sanitizeNetwork(stored).network),
);

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
  // 330,000 characters at 1,000 people: written once the edit is on screen (persistence-write.ts).
  writeAfterPaint: true,
});

/**
 * Where the map's actions write: the reader's map, or while they explore the sample network an
 * in-memory copy of it (sample-mode.ts). Every action below writes through `map()`, never through
 * `network`, so nothing done to the sample reaches the reader's stored map.
 */
const mapRoute = routeThroughSample(network, (language, _own, sample) =>
  sample.sampleNetwork(language),
);
const map = mapRoute.target;

/** The map on screen: the reader's own, or the sample copy while they explore it. Read-only. */
export const mapOnScreen = mapRoute.shown;

/** The most changes the reader can undo, newest first; only kept while the page is open. */
export const UNDO_LIMIT = 20;

/** One change the undo bar can take back, with what taking it back needs. */
export type MapUndo =
  | { kind: 'delete'; removed: RemovedPerson }
  | { kind: 'merge'; undo: MergeUndo; name: string; otherName: string }
  | { kind: 'move'; before: PlaceBefore[] };

/** Changes made in this tab that can be undone (deletions, merges, moves of many), oldest first. */
export const undoHistory = atom<readonly MapUndo[]>([]);

// The sample has its own undo: taking back a change to the sample never touches the reader's map.
const undoRoute = routeThroughSample(undoHistory, (): readonly MapUndo[] => []);

/** The undo bar's changes for the map on screen (the sample's own while it is shown). */
export const undoOnScreen = undoRoute.shown;

function remember(entry: MapUndo): void {
  const history = undoRoute.target();
  history.set([...history.get(), entry].slice(-UNDO_LIMIT));
}

/**
 * Puts a new person on the map, stamped with the time they were added.
 * @throws Error when the name is empty (the form checks it first)
 */
export function addPersonToMap(input: Omit<PersonInput, 'id'>): Person {
  const store = map();
  const result = addPerson(store.get(), input, { now: new Date().toISOString() });
  store.set(result.network);
  return result.person;
}

/** Changes some fields of a person. @throws Error when the result would be invalid */
export function editPerson(id: string, patch: Partial<Omit<PersonInput, 'id'>>): void {
  const store = map();
  store.set(updatePerson(store.get(), id, patch));
}

/** Moves a person to another ring and/or context sector, as a drag on the map does. */
export function movePersonTo(id: string, target: MoveTarget): void {
  const store = map();
  store.set(movePerson(store.get(), id, target));
}

/** Deletes a person and their ties; `undoLast` brings them back. */
export function deletePerson(id: string): RemovedPerson {
  const store = map();
  const { network: next, undo } = removePerson(store.get(), id);
  store.set(next);
  remember({ kind: 'delete', removed: undo });
  return undo;
}

/**
 * Merges the person `dropId` into `keepId` (two records of one person); `undoLast` separates them.
 * @returns the merged person
 */
export function mergePeopleOnMap(keepId: string, dropId: string): Person {
  const store = map();
  const { network: next, person, undo } = mergePeople(store.get(), keepId, dropId);
  store.set(next);
  remember({ kind: 'merge', undo, name: person.name, otherName: undo.removed.person.name });
  return person;
}

/**
 * Moves many people to a ring and/or context in one change, which `undoLast` takes back whole.
 * @returns how many people moved (those already there do not count)
 */
export function placePeopleOnMap(ids: readonly string[], placement: Placement): number {
  const store = map();
  const { network: next, before } = placePeople(store.get(), ids, placement);
  if (before.length === 0) return 0;
  store.set(next);
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
  const store = map();
  const before = store.get();
  const result = sortStep(session, before, action);
  if (result.network !== before) store.set(result.network);
  return { session: result.session, outcome: result.outcome };
}

/**
 * Takes back the newest change on the undo bar.
 * @returns what was undone (for the announcement), or undefined when there is nothing to undo
 */
export function undoLast(): MapUndo | undefined {
  const history = undoRoute.target();
  const stack = history.get();
  const last = stack.at(-1);
  if (last === undefined) return undefined;
  const store = map();
  const current = store.get();
  if (last.kind === 'delete') store.set(restorePerson(current, last.removed));
  else if (last.kind === 'merge') store.set(unmergePeople(current, last.undo));
  else store.set(restorePlaces(current, last.before));
  history.set(stack.slice(0, -1));
  return last;
}

/** Records that two people know each other (or changes the strength of their tie). */
export function tiePeople(a: string, b: string, strength: TieStrength = 'weak'): void {
  const store = map();
  store.set(addTie(store.get(), a, b, strength));
}

/** Forgets that two people know each other. */
export function untiePeople(a: string, b: string): void {
  const store = map();
  store.set(removeTie(store.get(), a, b));
}

/** Adds a context of the reader's own; an existing one with the same label is given back. */
export function addContextToMap(label: string): CustomContext {
  const store = map();
  const result = addCustomContext(store.get(), label);
  if (result.network !== store.get()) store.set(result.network);
  return result.context;
}

/** Sets the issues that matter to the reader, read by the diversity lens. */
export function setReaderIssues(issues: readonly string[]): void {
  const store = map();
  store.set(setIssues(store.get(), issues));
}
