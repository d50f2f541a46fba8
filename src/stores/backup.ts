import * as v from 'valibot';
import {
  storedCollectionSchema,
  type Backup,
  type BackupError,
  type Workbook,
} from '../lib/backup/backup-format';
import { backupFileName, buildBackup, serializeBackup } from '../lib/backup/build-backup';
import { summariseCollection, type CollectionCount } from '../lib/backup/collection-summary';
import { parseBackup } from '../lib/backup/parse-backup';
import { previewBackup, type CollectionPreview } from '../lib/backup/preview-backup';
import { decodeEnvelope } from '../lib/storage/envelope';
import { storageKey } from '../lib/storage/storage-key';
import { backupMeta } from './backup-meta';
import { collectionDefinition, collectionEntry } from './collections';
import { lastImport } from './network-import';
import { listStoredEntries, readStoredText } from './persistence';
import { storageHealth } from './storage-health';
import { startAfresh, whenSaved, writeStoredTextIfAbsent } from './workbook-actions';

export { backupMeta };

/** Collections that describe this browser, not the reader's work (see collections.ts). */
function notBackedUp(name: string): boolean {
  return collectionEntry(name)?.backedUp === false;
}

/** Resolves once no collection is still being read back from IndexedDB. */
function whenAllRead(): Promise<void> {
  const loading = () => Object.values(storageHealth.get()).some((h) => h.state === 'loading');
  if (!loading()) return Promise.resolve();
  return new Promise((resolve) => {
    const unbind = storageHealth.listen(() => {
      if (loading()) return;
      unbind();
      resolve();
    });
  });
}

/** Collections stored in this browser, and those whose latest change is only in memory. */
function collectionsHere(): string[] {
  const names = new Set<string>();
  for (const entry of listStoredEntries()) if (entry.collection) names.add(entry.collection);
  for (const [name, health] of Object.entries(storageHealth.get())) {
    if (health.state === 'unsaved' && collectionDefinition(name)) names.add(name);
  }
  return [...names].filter((name) => !notBackedUp(name)).sort();
}

/** A backup ready to download, and the collections left out of it (damaged or newer). */
export interface BackupFile {
  filename: string;
  text: string;
  collections: string[];
  skipped: string[];
}

/**
 * A backup of everything the workbook keeps in this browser: every collection as it is on screen
 * (including work only in memory because storage is full), in its stored shape and version. A
 * collection whose stored value could not be read is left out and named: its original stays in
 * the browser, and can be downloaded from the "Your data" table.
 */
export async function makeBackup(now = new Date()): Promise<BackupFile> {
  await whenAllRead();
  const workbook: Workbook = {};
  const skipped: string[] = [];
  for (const name of collectionsHere()) {
    const health = storageHealth.get()[name];
    const registered = collectionDefinition(name);
    if (health?.state === 'damaged' || health?.state === 'newer') {
      skipped.push(name);
    } else if (registered) {
      workbook[name] = { v: registered.codec.version, data: registered.store.get() };
    } else {
      const stored = await readStoredCollection(name);
      if (stored) workbook[name] = stored;
      else skipped.push(name);
    }
  }
  const backup = buildBackup(workbook, now);
  return {
    filename: backupFileName(now),
    text: serializeBackup(backup),
    collections: Object.keys(backup.collections),
    skipped,
  };
}

/** Notes that the reader downloaded a backup, for the reminder on the "Your data" page. */
export function recordBackup(now = new Date()): void {
  backupMeta.set({ lastBackupAt: now.toISOString() });
}

async function readStoredCollection(name: string) {
  const text = await readStoredText(storageKey(name));
  if (text === undefined) return undefined;
  try {
    const parsed = v.safeParse(storedCollectionSchema, JSON.parse(text));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

/** One collection of a backup next to what this browser holds of it. */
export interface RestoreEntry extends CollectionPreview {
  /** What this browser holds of the collection, or undefined when it holds nothing. */
  here: CollectionCount[] | undefined;
  /** Whether merging can join the two; otherwise merging keeps this browser's copy. */
  mergeable: boolean;
}

/** A backup file read and checked, ready for the reader to choose how to restore it. */
export interface RestorePreview {
  createdAt: string;
  entries: RestoreEntry[];
}

/**
 * Reads a backup file and compares each collection with what this browser holds. Nothing is
 * written. A file that is not a backup, or one made by a later version, is refused as a whole.
 */
export async function previewRestore(
  text: string,
): Promise<{ ok: true; preview: RestorePreview } | { ok: false; error: BackupError }> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  await whenAllRead();
  return { ok: true, preview: describe(parsed.backup) };
}

function describe(backup: Backup): RestorePreview {
  const here = new Set(collectionsHere());
  const entries = previewBackup(backup, (name) => collectionDefinition(name)?.codec)
    .filter((entry) => !notBackedUp(entry.name))
    .map((entry) => {
      const registered = collectionDefinition(entry.name);
      const holds = here.has(entry.name)
        ? registered
          ? summariseCollection(registered.store.get())
          : []
        : undefined;
      return { ...entry, here: holds, mergeable: collectionEntry(entry.name)?.merge !== undefined };
    });
  return { createdAt: backup.createdAt, entries };
}

/** Replace this browser's copy of each collection with the backup's, or join the two. */
export type RestoreMode = 'replace' | 'merge';

/** What a restore did with each collection of the backup. */
export interface RestoreReport {
  /** Set to the backup's copy. */
  replaced: string[];
  /** Joined with this browser's copy. */
  merged: string[];
  /** Left as this browser has it (no way to join them, or a collection this version cannot check). */
  kept: string[];
  /** Not restored: the backup's copy is damaged or from a later version, or there was no room. */
  skipped: string[];
  /** Whether everything restored is saved in the browser. */
  saved: boolean;
}

/**
 * Restores a previewed backup. `replace` sets each collection of the backup to the backup's copy
 * (collections the backup does not hold stay as they are); `merge` joins each with this browser's
 * copy where the collection has a rule for it (see collections.ts) and otherwise keeps this
 * browser's copy. Collections that failed their check are skipped, the others restored. A
 * collection this browser cannot read is first kept aside as a quarantined copy.
 */
export async function restoreBackup(
  preview: RestorePreview,
  mode: RestoreMode,
): Promise<RestoreReport> {
  await whenAllRead();
  const here = new Set(collectionsHere());
  const report: RestoreReport = { replaced: [], merged: [], kept: [], skipped: [], saved: true };
  const written: string[] = [];
  for (const entry of preview.entries) {
    const registered = collectionDefinition(entry.name);
    if (entry.status === 'invalid' || entry.status === 'newer') {
      report.skipped.push(entry.name);
    } else if (entry.status === 'unknown' || !registered) {
      const stored = writeStoredTextIfAbsent(entry.name, JSON.stringify(entry.stored));
      report[stored ? 'replaced' : 'kept'].push(entry.name);
    } else {
      const value =
        mode === 'merge' && here.has(entry.name)
          ? mergedValue(entry, registered.store.get(), registered.codec)
          : entry.value;
      if (value === undefined) {
        report.kept.push(entry.name);
        continue;
      }
      if (!makeWritable(entry.name)) {
        report.skipped.push(entry.name);
        continue;
      }
      registered.store.set(value);
      written.push(entry.name);
      report[mode === 'merge' && here.has(entry.name) ? 'merged' : 'replaced'].push(entry.name);
    }
  }
  // An import made before the restore can no longer be undone: its people may have changed.
  if (written.includes('network')) lastImport.set(null);
  for (const name of written) if (!(await whenSaved(name))) report.saved = false;
  return report;
}

/** This browser's copy joined with the backup's, read back through the collection's schema. */
function mergedValue(
  entry: RestoreEntry,
  current: unknown,
  codec: Parameters<typeof decodeEnvelope>[1],
): unknown {
  const merged = collectionEntry(entry.name)?.merge?.(current, entry.value);
  if (merged === undefined) return undefined;
  const decoded = decodeEnvelope(JSON.stringify({ v: codec.version, data: merged }), codec);
  return decoded.kind === 'ok' ? decoded.value : undefined;
}

/**
 * A collection whose stored value this browser could not read is held (never written over). A
 * restore is the reader's decision to replace it, so a copy of the original is kept aside first.
 */
function makeWritable(name: string): boolean {
  const health = storageHealth.get()[name];
  if (!health || !('raw' in health)) return true;
  return startAfresh(name, { keepCopy: true });
}
