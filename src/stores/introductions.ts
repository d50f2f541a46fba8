import { atom } from 'nanostores';
import * as v from 'valibot';
import {
  addRecord,
  removeRecord,
  restoreRecord,
  updateRecord,
  type IntroductionRecordPatch,
  type RemovedRecord,
} from '../lib/intro/introduction-log';
import {
  restoreIntroductionLog,
  type IntroductionLog,
  type IntroductionRecord,
  type IntroductionRecordInput,
} from '../lib/intro/introduction-record';
import { persistentCollection } from './persistence';
import { routeThroughSample } from './sample-mode';

/**
 * The stored log, read the way `restoreIntroductionLog` reads it: broken fields fall back to their
 * defaults. A record that cannot be repaired at all (no id, no person, no valid date, a repeated id)
 * would be lost by the next save, so instead the whole value is reported as damaged: the stored
 * text is kept untouched, the reader is told, and they decide (see persistence.ts).
 */
const storedLogSchema = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }): IntroductionLog => {
    const { log, dropped } = restoreIntroductionLog(dataset.value);
    if (dropped.length > 0) {
      addIssue({ message: `stores/introductions: ${dropped.length} record(s) cannot be read` });
      return NEVER;
    }
    return log;
  }),
);

/**
 * The reader's introduction log: introductions made and received, kept in this browser. Version 2
 * adds the optional day each consent was set; version 1 records read unchanged (no date known).
 */
export const introductions = persistentCollection<IntroductionLog>({
  name: 'introductions',
  version: 2,
  schema: storedLogSchema,
  migrations: { 1: (data: unknown) => data },
  initial: () => [],
});

/**
 * Where the log's actions write: the reader's log, or the sample's in-memory log while the sample
 * network is on screen (sample-mode.ts). Every action below writes through `log()`.
 */
const logRoute = routeThroughSample(introductions, (language, _own, sample) =>
  sample.sampleIntroductions(language),
);
const log = logRoute.target;

/** The log on screen: the reader's own, or the sample's while they explore it. Read-only. */
export const logOnScreen = logRoute.shown;

/**
 * The record the log should open for editing, set by the weigher after "add to the log" so that
 * the reader can complete it; the log island clears it once opened. Not persisted.
 */
export const recordToEdit = atom<string | null>(null);

/** A new record id, unlikely to collide even when two tabs add a record at the same moment. */
export function newRecordId(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `i-${Date.now().toString(36)}-${Array.from(random, (n) => n.toString(36)).join('')}`;
}

/** Adds a record (its id must be new) and returns it as stored, defaults filled in. */
export function addIntroduction(input: IntroductionRecordInput): IntroductionRecord {
  const store = log();
  const next = addRecord(store.get(), input);
  store.set(next);
  return next[next.length - 1] as IntroductionRecord;
}

/** Changes the fields of one record; see `updateRecord`. */
export function updateIntroduction(id: string, patch: IntroductionRecordPatch): void {
  const store = log();
  store.set(updateRecord(store.get(), id, patch));
}

/** Removes one record and returns what `undoRemoveIntroduction` needs to put it back. */
export function removeIntroduction(id: string): RemovedRecord {
  const store = log();
  const { log: next, removed } = removeRecord(store.get(), id);
  store.set(next);
  return removed;
}

/** Puts a removed record back where it was. */
export function undoRemoveIntroduction(removed: RemovedRecord): void {
  const store = log();
  store.set(restoreRecord(store.get(), removed));
}
