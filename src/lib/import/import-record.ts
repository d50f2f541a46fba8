import * as v from 'valibot';
import { filledText, text } from '../schema/text';
import { object } from '../schema/json-values';
import type { Network } from '../network/network';
import type { Person } from '../network/person';
import { importFormatSchema } from './imported-contact';
import { mergeFillsSchema, type ImportPlan } from './import-plan-schema';

/** How many imports the history keeps; the oldest is forgotten first. */
export const MAX_REMEMBERED_IMPORTS = 20;

/**
 * A short fingerprint of a person record (FNV-1a over its JSON with sorted keys, since a record
 * read back from storage may list its keys in another order), to tell later whether the reader has
 * changed the record since the import made it. Not a security measure.
 */
export function personFingerprint(person: Person): string {
  const entries = Object.entries(person).filter(([, value]) => value !== undefined);
  const text = JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const idSchema = filledText(100);

/**
 * One import, remembered so that it can be undone later from the Your data page: the file, when,
 * and exactly what it changed (ids with the fingerprint of the record it left), nothing more.
 */
export const importRecordSchema = object({
  id: filledText(100),
  file: text(500),
  /** ISO timestamp of the import. */
  at: text(40),
  format: importFormatSchema,
  /** New people: [id, fingerprint as imported]. */
  added: v.array(v.strictTuple([idSchema, text(20)])),
  /** People the import filled in: what it filled, and the fingerprint of the result. */
  merged: v.array(
    object({
      id: idSchema,
      fills: mergeFillsSchema,
      addedImportedContext: v.boolean(),
      fingerprint: text(20),
    }),
  ),
});
export type ImportRecord = v.InferOutput<typeof importRecordSchema>;

/** The remembered imports, newest first. */
export const importHistorySchema = v.pipe(
  v.array(importRecordSchema),
  v.maxLength(MAX_REMEMBERED_IMPORTS),
);
export type ImportHistory = v.InferOutput<typeof importHistorySchema>;

/** What `recordImport` needs to know about an import that was just saved. */
export interface AppliedImport {
  id: string;
  file: string;
  at: Date;
  /** The plan as the reader decided it (see `resolvePossibleMatches`). */
  plan: ImportPlan;
  after: Network;
  addedIds: readonly string[];
  mergedIds: readonly string[];
  /** Fingerprints already taken (a large import takes them a slice at a time); others are taken here. */
  fingerprints?: ReadonlyMap<string, string>;
}

/**
 * The fingerprints of some people of a map, pausing (yielding) after every 250, so that a large
 * import can take them a slice at a time; pass the result to `recordImport`.
 */
export function* fingerprintsInSteps(
  network: Network,
  ids: readonly string[],
): Generator<undefined, Map<string, string>> {
  const wanted = new Set(ids);
  const fingerprints = new Map<string, string>();
  for (const person of network.people) {
    if (!wanted.has(person.id)) continue;
    fingerprints.set(person.id, personFingerprint(person));
    if (fingerprints.size % 250 === 0) yield;
  }
  return fingerprints;
}

/** The record of an import, from the map it produced. */
export function recordImport(applied: AppliedImport): ImportRecord {
  // Built only when a fingerprint was not taken beforehand (30,000 people take a while).
  let byId: Map<string, Person> | undefined;
  const fingerprint = (id: string) => {
    const known = applied.fingerprints?.get(id);
    if (known !== undefined) return known;
    byId ??= new Map(applied.after.people.map((person) => [person.id, person]));
    const person = byId.get(id);
    return person === undefined ? '' : personFingerprint(person);
  };
  const merges = new Map(applied.plan.merges.map((merge) => [merge.personId, merge]));
  return {
    id: applied.id,
    file: applied.file.slice(0, 500),
    at: applied.at.toISOString(),
    format: applied.plan.format,
    added: applied.addedIds.map((id) => [id, fingerprint(id)]),
    merged: applied.mergedIds.map((id) => ({
      id,
      fills: merges.get(id)?.fills ?? {},
      addedImportedContext: merges.get(id)?.addsImportedContext ?? false,
      fingerprint: fingerprint(id),
    })),
  };
}

/** The history with a new record first, the oldest dropped past {@link MAX_REMEMBERED_IMPORTS}. */
export function rememberImport(history: ImportHistory, record: ImportRecord): ImportHistory {
  return [record, ...history.filter((r) => r.id !== record.id)].slice(0, MAX_REMEMBERED_IMPORTS);
}
