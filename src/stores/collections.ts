import type { WritableAtom } from 'nanostores';
import { MERGE_RULES, type MergeRule } from '../lib/backup/merge-collection';
import { answers } from './answers';
import { backupMeta } from './backup-meta';
import { focusPlan } from './focus-plan';
import { weigherDraft } from './intro-weigher';
import { introWeights } from './intro-weights';
import { importHistory } from './import-history';
import { introductions } from './introductions';
import { network } from './network';
import { registeredCollection, type RegisteredCollection } from './persistence';
import { lessonProgress } from './progress';

/**
 * The one list of what the workbook keeps in the browser. Backup, restore, the "Your data" page
 * and the worksheet read it; a test fails when a store is created outside it. Each collection's
 * definition (name, schema version, schema, migrations, default, spill) stays next to its actions
 * in its own store file; this list adds what the rest of the workbook needs to know about it.
 *
 * To add a collection: create it with `persistentCollection` in its store file, add it here (its
 * merge rule, if a backup can be joined with it), and give it a `collection.<name>` label in
 * src/i18n/{vi,en}/site.ts.
 */
export interface CollectionEntry {
  /** The store; its `name` (and storage key `syn:<name>`) is in its definition. */
  store: WritableAtom<unknown>;
  /** Whether backups hold it: false for what describes this browser rather than the reader's work. */
  backedUp: boolean;
  /** How a backup's copy is joined with this browser's; without one, merging keeps this browser's. */
  merge?: MergeRule;
}

const ENTRIES = {
  progress: { store: lessonProgress, backedUp: true, merge: MERGE_RULES.progress },
  answers: { store: answers, backedUp: true, merge: MERGE_RULES.answers },
  'focus-plan': { store: focusPlan, backedUp: true },
  network: { store: network, backedUp: true, merge: MERGE_RULES.network },
  introductions: { store: introductions, backedUp: true, merge: MERGE_RULES.introductions },
  // Which people each recent import added, so it can be undone: it describes this browser's map.
  'import-history': { store: importHistory, backedUp: false },
  'intro-weights': { store: introWeights, backedUp: true },
  'intro-weigher': { store: weigherDraft, backedUp: true },
  'backup-meta': { store: backupMeta, backedUp: false },
} satisfies Record<string, CollectionEntry>;

export type CollectionName = keyof typeof ENTRIES;

/** Every collection's name, in the order the "Your data" page lists them. */
export const COLLECTION_NAMES = Object.keys(ENTRIES) as readonly CollectionName[];

/** The UI string that names a collection for the reader. */
export function collectionLabelKey(name: CollectionName): `collection.${CollectionName}` {
  return `collection.${name}`;
}

/** Whether a name (from storage or a backup file) is one of the workbook's collections. */
export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(ENTRIES, name);
}

/** What the list says of a collection, or undefined for a name it does not hold. */
export function collectionEntry(name: string): CollectionEntry | undefined {
  return isCollectionName(name) ? ENTRIES[name] : undefined;
}

/** A listed collection's store and definition (schema version, schema, migrations). */
export function collectionDefinition(name: string): RegisteredCollection | undefined {
  return isCollectionName(name) ? registeredCollection(name) : undefined;
}
