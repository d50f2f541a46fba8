import { atom } from 'nanostores';
import { addPerson, movePerson, updatePerson, type MoveTarget } from '../lib/network/add-person';
import { compactNetwork } from '../lib/network/compact';
import type { CustomContext } from '../lib/network/context';
import { addCustomContext, setIssues } from '../lib/network/network-ops';
import { emptyNetwork, networkSchema, type Network } from '../lib/network/network';
import type { Person, PersonInput } from '../lib/network/person';
import { removePerson, restorePerson, type RemovedPerson } from '../lib/network/remove-person';
import { sanitizeNetwork } from '../lib/network/sanitize';
import type { TieStrength } from '../lib/network/tie';
import { addTie, removeTie } from '../lib/network/tie-ops';
import { persistentCollection } from './persistence';

/*
 * Reading repairs rather than rejects: one tie to a missing person must not hide the whole map.
 * Parsing has no side effect (a backup preview parses maps too); what the repair dropped is
 * counted and reported by the read of the live map (persistence.ts), and the original kept.
 */
const storedNetworkSchema = networkSchema.transform((stored) => sanitizeNetwork(stored).network);

/** The reader's network map, kept in this browser and in step with their other tabs. */
export const network = persistentCollection<Network>({
  name: 'network',
  version: 1,
  schema: storedNetworkSchema,
  initial: emptyNetwork,
  toStored: compactNetwork,
  // Tens of thousands of imported contacts may not fit in localStorage even written compactly:
  // past about a million characters the map moves to IndexedDB.
  spill: true,
});

/** The most deletions the reader can undo, newest first; only kept while the page is open. */
export const UNDO_LIMIT = 20;

/** People deleted in this tab, oldest first, with what `undoDelete` needs to bring them back. */
export const deletedPeople = atom<readonly RemovedPerson[]>([]);

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

/** Deletes a person and their ties; `undoDelete` brings them back. */
export function deletePerson(id: string): RemovedPerson {
  const { network: next, undo } = removePerson(network.get(), id);
  network.set(next);
  deletedPeople.set([...deletedPeople.get(), undo].slice(-UNDO_LIMIT));
  return undo;
}

/** Brings back the person deleted last, with their ties; undefined when there is nothing to undo. */
export function undoDelete(): Person | undefined {
  const stack = deletedPeople.get();
  const last = stack.at(-1);
  if (last === undefined) return undefined;
  const next = restorePerson(network.get(), last);
  network.set(next);
  deletedPeople.set(stack.slice(0, -1));
  // restorePerson may give them a fresh id when theirs was taken meanwhile: find them by place.
  const index = Math.min(last.index, next.people.length - 1);
  return next.people[index];
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
