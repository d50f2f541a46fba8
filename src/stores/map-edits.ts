import type { MoveTarget } from '../lib/network/add-person';
import type { Person, PersonInput } from '../lib/network/person';
import type { Placement } from '../lib/network/place-people';
import type { TieStrength } from '../lib/network/tie';
import type { MapUndo } from './network';

/*
 * The map's first look needs the map, not the code that changes it (network-actions.ts: merging,
 * sorting, placing, undo). It is fetched the moment the reader reaches for the page — the first
 * pointer press, key press or focus, which every edit starts with — so it is in before the click
 * or Enter that follows; the map page does not download it just to be looked at.
 */

/** The map's actions (network-actions.ts). */
export type MapEdits = typeof import('./network-actions');

let edits: MapEdits | undefined;
let loading: Promise<MapEdits> | undefined;

/**
 * Fetches the map's actions (once; again after a failed fetch, offline before the service worker
 * had the file) and resolves to them.
 */
export function loadMapEdits(): Promise<MapEdits> {
  loading ??= import('./network-actions').then(
    (module) => (edits = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The map's actions if they have arrived, else undefined (then `loadMapEdits`). */
export function mapEditsNow(): MapEdits | undefined {
  return edits;
}

const REACHING = ['pointerdown', 'keydown', 'focusin'] as const;

function reach(): void {
  for (const type of REACHING) document.removeEventListener(type, reach, true);
  // A failed fetch here is tried again by the edit itself.
  loadMapEdits().catch(() => {});
}

if (typeof document !== 'undefined') {
  for (const type of REACHING) document.addEventListener(type, reach, true);
}

/**
 * Runs an edit now when the actions are in; otherwise as soon as they arrive, in the order the
 * edits were made (an edit is never dropped because its code was still on the way).
 */
function edit<R>(run: (actions: MapEdits) => R): R | undefined {
  if (edits) return run(edits);
  void loadMapEdits().then(run, (error: unknown) => {
    console.error('stores/map-edits: the map could not be changed, its code did not load', error);
  });
  return undefined;
}

/*
 * The actions the map island calls as it always has (synchronously); see network-actions.ts for
 * what each does. Their result is undefined only in the moment before the code has arrived.
 */

/** Deletes a person and their ties; see network-actions.ts `deletePerson`. */
export const deletePerson = (id: string) => edit((actions) => actions.deletePerson(id));

/** Moves a person to another ring and/or context sector; see `movePersonTo`. */
export const movePersonTo = (id: string, target: MoveTarget): void =>
  void edit((actions) => actions.movePersonTo(id, target));

/** Records that two people know each other; see `tiePeople`. */
export const tiePeople = (a: string, b: string, strength?: TieStrength): void =>
  void edit((actions) => actions.tiePeople(a, b, strength));

/** Forgets that two people know each other; see `untiePeople`. */
export const untiePeople = (a: string, b: string): void =>
  void edit((actions) => actions.untiePeople(a, b));

/** Moves many people in one change; see `placePeopleOnMap`. */
export const placePeopleOnMap = (ids: readonly string[], placement: Placement) =>
  edit((actions) => actions.placePeopleOnMap(ids, placement));

/** Sets the issues that matter to the reader; see `setReaderIssues`. */
export const setReaderIssues = (issues: readonly string[]): void =>
  void edit((actions) => actions.setReaderIssues(issues));

/**
 * Takes back the newest change on the undo bar; see `undoLast`. Before the actions have arrived
 * nothing was changed in this tab, so there is nothing to undo.
 */
export const undoLast = (): MapUndo | undefined => edits?.undoLast();

/**
 * Puts a new person on the map, waiting for the actions if they are still on the way.
 * @throws Error when the name is empty, or the actions could not be fetched
 */
export async function addPersonToMap(input: Omit<PersonInput, 'id'>): Promise<Person> {
  return (edits ?? (await loadMapEdits())).addPersonToMap(input);
}
