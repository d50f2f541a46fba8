import { movePerson, updatePerson, type MoveTarget } from '../lib/network/change-person';
import type { CustomContext } from '../lib/network/context';
import type { MergeUndo } from '../lib/network/merge-people';
import { addCustomContext } from '../lib/network/network-ops';
import type { PersonInput } from '../lib/network/person';
import { placePeople, restorePlaces, type Placement } from '../lib/network/place-people';
import { removePerson, restorePerson, type RemovedPerson } from '../lib/network/remove-person';
import type { Network } from '../lib/network/network';
import type { TieStrength } from '../lib/network/tie';
import { addTie, removeTie } from '../lib/network/tie-ops';
import { mapRoute, undoRoute, UNDO_LIMIT, type MapUndo } from './network';

/*
 * What changes people already on the map: editing, moving, placing many, deleting, ties, the
 * reader's own contexts, and taking a change back. An empty map has nobody to change,
 * so this comes with the parts that offer it (the drawing, the person card and editor, the
 * selection and bulk bars, the list), not with the page; adding someone, the first
 * edit, is in network-actions.ts. Every action writes through `map()`: the reader's map, or the
 * sample's copy while the sample is on screen.
 */
const map = mapRoute.target;

function remember(entry: MapUndo): void {
  const history = undoRoute.target();
  history.set([...history.get(), entry].slice(-UNDO_LIMIT));
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
 * Merges are made in network-merge.ts, whose code comes with the person editor rather than with
 * every page that edits the map: it records them here and, as it loads, hands over how to take
 * one back (a merge on the undo bar was made by that code, so it is here by then).
 */
export const mergeLink: {
  remember: (entry: MapUndo) => void;
  unmerge?: (network: Network, undo: MergeUndo) => Network;
} = { remember };

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
  else if (last.kind === 'merge') {
    if (mergeLink.unmerge) store.set(mergeLink.unmerge(current, last.undo));
  } else store.set(restorePlaces(current, last.before));
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
