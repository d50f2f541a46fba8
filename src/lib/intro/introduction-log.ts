import * as v from 'valibot';
import {
  introductionRecordSchema,
  type IntroductionLog,
  type IntroductionRecord,
  type IntroductionRecordInput,
} from './introduction-record';

function parseRecord(where: string, input: unknown): IntroductionRecord {
  const parsed = v.safeParse(introductionRecordSchema, input);
  if (!parsed.success) {
    throw new Error(`intro/${where}: invalid record: ${v.summarize(parsed.issues)}`);
  }
  return parsed.output;
}

/**
 * A new log with `input` appended after validation. Throws (naming the field) when the record is
 * invalid or its id is already used; the log passed in is never changed.
 */
export function addRecord(log: IntroductionLog, input: IntroductionRecordInput): IntroductionLog {
  const record = parseRecord('addRecord', input);
  if (log.some((existing) => existing.id === record.id)) {
    throw new Error(`intro/addRecord: record ${record.id} already exists`);
  }
  return [...log, record];
}

/** The fields of a record that can change after it is created (everything but its id). */
export type IntroductionRecordPatch = Partial<Omit<IntroductionRecordInput, 'id'>>;

/**
 * A new log with the record `id` changed by `patch`, validated as a whole. A `followUp` of
 * undefined in the patch clears the follow-up. Throws when the record does not exist or the result
 * is invalid.
 */
export function updateRecord(
  log: IntroductionLog,
  id: string,
  patch: IntroductionRecordPatch,
): IntroductionLog {
  const index = log.findIndex((record) => record.id === id);
  const current = log[index];
  if (current === undefined) throw new Error(`intro/updateRecord: record ${id} does not exist`);
  const merged: Record<string, unknown> = { ...current, ...patch, id };
  if (merged['followUp'] === undefined) delete merged['followUp'];
  const record = parseRecord('updateRecord', merged);
  return log.map((existing, at) => (at === index ? record : existing));
}

/** A record taken out of the log, with where it was, so that undo can put it back in place. */
export interface RemovedRecord {
  record: IntroductionRecord;
  index: number;
}

/**
 * A new log without the record `id`, and what was removed (for undo with `restoreRecord`).
 * Throws when the record does not exist.
 */
export function removeRecord(
  log: IntroductionLog,
  id: string,
): { log: IntroductionLog; removed: RemovedRecord } {
  const index = log.findIndex((record) => record.id === id);
  const record = log[index];
  if (record === undefined) throw new Error(`intro/removeRecord: record ${id} does not exist`);
  return { log: log.filter((_, at) => at !== index), removed: { record, index } };
}

/**
 * Undo of `removeRecord`: puts the record back where it was (or at the end if the log has since
 * shrunk). Undoing twice is harmless: if a record with that id is already there, the log is
 * returned unchanged.
 */
export function restoreRecord(log: IntroductionLog, removed: RemovedRecord): IntroductionLog {
  if (log.some((record) => record.id === removed.record.id)) return log;
  const at = Math.min(Math.max(0, removed.index), log.length);
  return [...log.slice(0, at), removed.record, ...log.slice(at)];
}
