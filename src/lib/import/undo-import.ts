import type { Network } from '../network/network';
import type { Person } from '../network/person';

/** What an import changed, as `applyImportPlan` reported it, kept to undo it. */
export interface AppliedImport {
  /** The map just before the import. */
  before: Network;
  /** The map the import produced. */
  after: Network;
  addedIds: readonly string[];
  mergedIds: readonly string[];
}

/** What undoing did: people taken off, people put back as they were, and edits that were kept. */
export interface UndoReport {
  removed: number;
  restored: number;
  /** Merged people the reader changed after the import: their current record is kept. */
  keptEdited: number;
}

/**
 * Undoes an import on the map as it is now, keeping whatever the reader did since: the people the
 * import added are taken off with their ties; people the import filled in get their earlier
 * record back, unless the reader has changed them since, in which case their record stays as it
 * is. The maps given are not changed.
 */
export function undoImport(
  current: Network,
  applied: AppliedImport,
): { network: Network; report: UndoReport } {
  if (current === applied.after) {
    return {
      network: applied.before,
      report: {
        removed: applied.addedIds.length,
        restored: applied.mergedIds.length,
        keptEdited: 0,
      },
    };
  }
  const added = new Set(applied.addedIds);
  const merged = new Set(applied.mergedIds);
  const importedVersion = new Map(
    applied.after.people.filter((p) => merged.has(p.id)).map((p) => [p.id, p]),
  );
  const earlierVersion = new Map(
    applied.before.people.filter((p) => merged.has(p.id)).map((p) => [p.id, p]),
  );
  let restored = 0;
  let keptEdited = 0;
  const people: Person[] = [];
  for (const person of current.people) {
    if (added.has(person.id)) continue;
    const earlier = earlierVersion.get(person.id);
    if (earlier !== undefined) {
      if (samePerson(person, importedVersion.get(person.id))) {
        people.push(earlier);
        restored++;
        continue;
      }
      keptEdited++;
    }
    people.push(person);
  }
  const ties = current.ties.filter((tie) => !added.has(tie.a) && !added.has(tie.b));
  return {
    network: { ...current, people, ties },
    report: { removed: current.people.length - people.length, restored, keptEdited },
  };
}

function samePerson(a: Person, b: Person | undefined): boolean {
  return b !== undefined && (a === b || JSON.stringify(a) === JSON.stringify(b));
}
