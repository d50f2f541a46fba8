import type { Network } from '../network/network';
import type { Person } from '../network/person';
import { personFingerprint, type ImportRecord } from './import-record';

/** What undoing did: people taken off, people put back as they were, and what was kept. */
export interface UndoReport {
  removed: number;
  restored: number;
  /** People the import added or filled in that the reader changed (or tied) since: kept. */
  keptEdited: number;
}

/**
 * Undoes a remembered import on the map as it is now, however long ago it was: the people it
 * added are taken off, and the fields it filled in are emptied again, but only where the record
 * is still exactly as the import left it and, for an added person, nobody is tied to them. A
 * person the reader has changed, tied or already deleted since is left as it is (and counted in
 * `keptEdited` when still there). The map given is not changed.
 */
export function undoRecordedImport(
  current: Network,
  record: ImportRecord,
): { network: Network; report: UndoReport } {
  const added = new Map(record.added);
  const merged = new Map(record.merged.map((merge) => [merge.id, merge]));
  const tied = new Set(current.ties.flatMap((tie) => [tie.a, tie.b]));
  const report: UndoReport = { removed: 0, restored: 0, keptEdited: 0 };
  const people: Person[] = [];
  for (const person of current.people) {
    const addedAs = added.get(person.id);
    if (addedAs !== undefined) {
      if (addedAs === personFingerprint(person) && !tied.has(person.id)) {
        report.removed++;
        continue;
      }
      report.keptEdited++;
    }
    const merge = merged.get(person.id);
    if (merge !== undefined) {
      if (merge.fingerprint === personFingerprint(person)) {
        people.push(unfill(person, merge));
        report.restored++;
        continue;
      }
      report.keptEdited++;
    }
    people.push(person);
  }
  if (report.removed === 0 && report.restored === 0) return { network: current, report };
  return { network: { ...current, people }, report };
}

/** The person as before the import filled them in. */
function unfill(person: Person, merge: ImportRecord['merged'][number]): Person {
  const before: Person = { ...person };
  const text = ['name', 'company', 'position', 'email', 'url', 'notes'] as const;
  for (const field of text) if (merge.fills[field] !== undefined) before[field] = '';
  if (merge.fills.since !== undefined) delete before.since;
  if (merge.addedImportedContext) {
    before.contexts = person.contexts.filter((context) => context !== 'imported');
  }
  return before;
}
