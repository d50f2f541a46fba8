import * as v from 'valibot';
import { introductionLogSchema } from '../intro/introduction-record';
import { progressSchema } from '../lessons/progress';
import { networkSchema } from '../network/network';
import { mergeAnswers } from './merge-answers';
import { mergeIntroductions } from './merge-introductions';
import { mergeNetworks } from './merge-network';
import { mergeProgress } from './merge-progress';

/** Joins this browser's copy of a collection with a backup's; undefined when they do not fit. */
export type MergeRule = (current: unknown, incoming: unknown) => unknown;

/**
 * How each collection that can be joined with a backup is joined (src/stores/collections.ts says
 * which collection uses which). Both values are read with the collection's own schema first; a
 * value that does not fit gives no merge.
 */
export const MERGE_RULES = {
  network: (current, incoming) => {
    const mine = v.safeParse(networkSchema, current);
    const theirs = v.safeParse(networkSchema, incoming);
    return mine.success && theirs.success
      ? mergeNetworks(mine.output, theirs.output).network
      : undefined;
  },
  progress: (current, incoming) => {
    const mine = v.safeParse(progressSchema, current);
    const theirs = v.safeParse(progressSchema, incoming);
    return mine.success && theirs.success ? mergeProgress(mine.output, theirs.output) : undefined;
  },
  answers: mergeAnswers,
  introductions: (current, incoming) => {
    const mine = v.safeParse(introductionLogSchema, current);
    const theirs = v.safeParse(introductionLogSchema, incoming);
    return mine.success && theirs.success
      ? mergeIntroductions(mine.output, theirs.output)
      : undefined;
  },
} satisfies Readonly<Record<string, MergeRule>>;

const MERGES: Readonly<Record<string, MergeRule>> = MERGE_RULES;

/** Whether a collection has a way to be joined with a backup's copy. */
export function canMerge(name: string): boolean {
  return Object.hasOwn(MERGES, name);
}

/**
 * A collection of the reader's joined with the backup's copy of it, or undefined when the two
 * cannot be joined (no rule for this collection, or a value that does not fit its schema): the
 * caller then keeps the reader's value as it is.
 *
 * @example mergeCollection('introductions', [mine], [theirs]) // both records, mine first
 */
export function mergeCollection(name: string, current: unknown, incoming: unknown): unknown {
  const merge = Object.hasOwn(MERGES, name) ? MERGES[name] : undefined;
  return merge?.(current, incoming);
}
