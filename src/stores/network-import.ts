import { atom } from 'nanostores';
import { applyImportPlanInSteps, type ApplyImportError } from '../lib/import/apply-import-plan';
import type { ImportPlan } from '../lib/import/import-plan-schema';
import { fingerprintsInSteps, recordImport, rememberImport } from '../lib/import/import-record';
import { prepareStoredText } from '../lib/network/stored-text';
import { resolvePossibleMatches } from '../lib/import/resolve-possible-matches';
import { estimateStoredChars, estimateStoredCharsAfter } from '../lib/import/stored-size';
import { undoRecordedImport, type UndoReport } from '../lib/import/undo-recorded-import';
import { counterIds } from '../lib/network/ids';
import { importHistory } from './import-history';
import { network } from './network';
import { listStoredEntries, storageAvailable } from './persistence';
import { whenSaved } from './workbook-actions';
import { networkShown } from './sample-mode';
import { storageHealth } from './storage-health';
import { LOCAL_STORAGE_BUDGET, indexedDbRoom } from './storage-room';
import { runInSlices } from './yield-to-page';

/*
 * Importing contacts into the map (the network store is in network.ts; these actions are kept
 * apart so that the map's own actions can grow there without touching the import).
 */

// The room figures live with the storage engine (storage-room.ts); re-exported for callers here.
export { LOCAL_STORAGE_BUDGET };

/**
 * The id of the import this tab just made, for the "Undo this import" button of the import's
 * last screen (the Your data page offers every remembered import).
 */
export const lastImport = atom<string | null>(null);

/** Whether the map can take an import now: `loading` while it is read back, `blocked` when held. */
export type MapReadiness = 'ready' | 'loading' | 'blocked';

/** Whether the stored map has been read and may be written (see storage-health.ts). */
export function mapReadiness(): MapReadiness {
  const health = storageHealth.get()['network'];
  if (health === undefined || health.state === 'unsaved') return 'ready';
  return health.state === 'loading' ? 'loading' : 'blocked';
}

/** Resolves once the stored map has been read back (a large map comes from IndexedDB). */
export function whenMapRead(): Promise<MapReadiness> {
  return new Promise((resolve) => {
    const check = () => {
      const readiness = mapReadiness();
      if (readiness === 'loading') return false;
      resolve(readiness);
      return true;
    };
    if (check()) return;
    const unbind = storageHealth.listen(() => {
      if (check()) unbind();
    });
  });
}

/** How much room the map may take, in characters, and where it would be kept. */
export interface StorageRoom {
  chars: number;
  where: 'localStorage' | 'indexedDB';
}

/**
 * The room the map may fill once an import is saved. A large map moves to IndexedDB, whose room
 * the browser estimates (in bytes; a character may take two); without IndexedDB, localStorage's
 * budget less what the other collections take.
 */
export async function roomForMap(): Promise<StorageRoom> {
  const others = listStoredEntries()
    .filter((entry) => entry.collection !== 'network' && !entry.inIndexedDb)
    .reduce((sum, entry) => sum + entry.chars, 0);
  const local = {
    chars: Math.max(0, LOCAL_STORAGE_BUDGET - others),
    where: 'localStorage' as const,
  };
  if (typeof indexedDB === 'undefined' || !storageAvailable()) return local;
  // The map being replaced frees its own room; count it as still there to err on the safe side.
  const free = await indexedDbRoom();
  return free > local.chars ? { chars: free, where: 'indexedDB' } : local;
}

/** Whether the map will fit once the plan is applied, with the figures to tell the reader. */
export interface ImportFit {
  fits: boolean;
  /** About how many characters the map will take. */
  needed: number;
  room: StorageRoom;
}

/** Checks, before anything is written, that the map will still fit once the plan is applied. */
export async function checkImportFits(plan: ImportPlan): Promise<ImportFit> {
  const room = await roomForMap();
  const needed = estimateStoredCharsAfter(network.get(), plan);
  return { fits: needed <= room.chars, needed, room };
}

/** The options the reader chose in the preview. */
export interface ImportChoices {
  /** Add the contexts suggested by company, position and labels (workplace, family…). */
  useContextHints: boolean;
  /** Add each person's position as a topic they know about. */
  useTopicHints: boolean;
  /** Lines of "possibly the same" contacts the reader called different people (added anew). */
  differentPeople?: readonly number[];
}

/** What happened to an import the reader confirmed. */
export type ImportResult =
  | { ok: true; added: number; merged: number; saved: true }
  | {
      ok: false;
      error: ApplyImportError | 'not-saved' | 'not-ready' | 'sample-shown';
      detail: string;
    };

/**
 * Carries out a plan the reader confirmed, all or nothing: the new map is set, then the import
 * waits until storage has it (a large map goes to IndexedDB). If it could not be saved, the map
 * is put back as it was, so that what is stored and what is on screen never differ by an import.
 *
 * A 30,000-contact import is checked, written out and fingerprinted a slice at a time, with a
 * pause between slices, so the page never freezes; nothing changes until every slice is done.
 */
export async function confirmImport(
  proposed: ImportPlan,
  choices: ImportChoices,
  file = '',
): Promise<ImportResult> {
  // The reader's contacts belong in their own map: never into the sample they are exploring, and
  // never into their map unseen while the sample is on screen.
  if (networkShown.get() === 'sample') {
    return {
      ok: false,
      error: 'sample-shown',
      detail: 'stores/confirmImport: the sample network is on screen',
    };
  }
  if (mapReadiness() !== 'ready') return notReady;
  const before = network.get();
  const different = (choices.differentPeople ?? []).map((line) => [line, 'different'] as const);
  const plan = resolvePossibleMatches(proposed, new Map(different));
  const now = new Date();
  const result = await runInSlices(
    applyImportPlanInSteps(before, plan, {
      idFactory: counterIds(new Set(before.people.map((person) => person.id))),
      now,
      useContextHints: choices.useContextHints,
      useTopicHints: choices.useTopicHints,
    }),
  );
  if (!result.ok) return result;
  // Each record's JSON now, in slices: setting the map below then only joins them.
  await runInSlices(prepareStoredText(result.network));
  const fingerprints = await runInSlices(
    fingerprintsInSteps(result.network, [...result.addedIds, ...result.mergedIds]),
  );
  // The map changed while the import was prepared (an edit, another tab): applying it now would
  // undo that change, so the reader is asked to look at the import again.
  if (network.get() !== before) {
    return {
      ok: false,
      error: 'stale-plan',
      detail: 'stores/confirmImport: the map changed while the import was being prepared',
    };
  }
  if (mapReadiness() !== 'ready') return notReady;
  network.set(result.network);
  if (!(await whenSaved('network'))) {
    if (network.get() === result.network) network.set(before);
    return {
      ok: false,
      error: 'not-saved',
      detail: 'stores/confirmImport: storage refused the map',
    };
  }
  const record = recordImport({
    ...result,
    after: result.network,
    id: `i${String(now.getTime())}`,
    file,
    at: now,
    plan,
    fingerprints,
  });
  if (record.added.length + record.merged.length > 0) {
    importHistory.set(rememberImport(importHistory.get(), record));
    lastImport.set(record.id);
  }
  return { ok: true, added: result.addedIds.length, merged: result.mergedIds.length, saved: true };
}

const notReady = {
  ok: false,
  error: 'not-ready',
  detail: 'stores/confirmImport: the map is not read yet',
} as const;

/**
 * Undoes a remembered import (see `undoRecordedImport`: what the reader changed since is kept)
 * and forgets it.
 * @returns what was undone, or undefined when there is no such import or the sample is shown
 */
export async function undoImportById(id: string): Promise<UndoReport | undefined> {
  // It would change the reader's map while the sample is on screen, where they cannot see it.
  if (networkShown.get() === 'sample') return undefined;
  const record = importHistory.get().find((entry) => entry.id === id);
  if (record === undefined) return undefined;
  const { network: undone, report } = undoRecordedImport(network.get(), record);
  if (undone !== network.get()) network.set(undone);
  forgetImport(id);
  await whenSaved('network');
  return report;
}

/** Undoes the import this tab just made, once. */
export async function undoLastImport(): Promise<UndoReport | undefined> {
  const id = lastImport.get();
  return id === null ? undefined : undoImportById(id);
}

/**
 * Forgets a remembered import: it can no longer be undone, its people stay. Nothing is forgotten
 * while the sample is on screen: no action changes the reader's data then.
 */
export function forgetImport(id: string): void {
  if (networkShown.get() === 'sample') return;
  importHistory.set(importHistory.get().filter((entry) => entry.id !== id));
  if (lastImport.get() === id) lastImport.set(null);
}

/** About how many characters the map takes now, for the "Your data" page. */
export function mapSize(): number {
  return estimateStoredChars(network.get());
}
