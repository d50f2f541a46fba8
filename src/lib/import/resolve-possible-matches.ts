import type { ImportPlan } from './import-plan-schema';

/** The reader's answer for one "possibly the same" row of the preview. */
export type PossibleMatchChoice = 'same' | 'different';

/**
 * The plan as the reader decided it: each possible match they called the same person becomes a
 * merge (or unchanged, when it has nothing to fill), each they called a different person becomes an
 * addition. Rows without an answer count as the same person, the choice the preview shows ticked:
 * a confirmed match only fills empty fields, so nothing the reader typed is lost, and re-importing
 * a file does not double anyone.
 * @param choices by line of the file
 */
export function resolvePossibleMatches(
  plan: ImportPlan,
  choices: ReadonlyMap<number, PossibleMatchChoice>,
): ImportPlan {
  if (plan.possibleMatches.length === 0) return plan;
  const additions = [...plan.additions];
  const merges = [...plan.merges];
  const unchanged = [...plan.unchanged];
  for (const match of plan.possibleMatches) {
    const { line, personId, fills, addsImportedContext } = match;
    if (choices.get(line) === 'different') additions.push(match.contact);
    else if (Object.keys(fills).length === 0 && !addsImportedContext)
      unchanged.push({ line, personId, matchedBy: 'confirmed-name' });
    else merges.push({ line, personId, matchedBy: 'confirmed-name', fills, addsImportedContext });
  }
  additions.sort((a, b) => a.line - b.line);
  merges.sort((a, b) => a.line - b.line);
  unchanged.sort((a, b) => a.line - b.line);
  return {
    ...plan,
    additions,
    merges,
    unchanged,
    possibleMatches: [],
    counts: {
      ...plan.counts,
      added: additions.length,
      merged: merges.length,
      unchanged: unchanged.length,
      possiblySame: 0,
    },
  };
}
