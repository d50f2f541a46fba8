import type { Network } from '../network/network';
import type { ImportPlan } from './import-plan-schema';

/**
 * How many characters the map takes when serialised as JSON, the way it is stored. localStorage
 * counts characters (Chromium stopped at about 5 million per origin), so this is the number to
 * compare with the room left. The storage envelope adds a few characters more.
 */
export function estimateStoredChars(network: Network): number {
  return JSON.stringify(network).length;
}

/** The stored size after the plan is applied, estimated before anything is written. */
export function estimateStoredCharsAfter(network: Network, plan: ImportPlan): number {
  return estimateStoredChars(network) + plan.estimatedAddedChars;
}

/**
 * Whether the map will still fit once the plan is applied; the UI refuses the import before any
 * write when it will not.
 * @param budgetChars the characters the storage can hold for the map
 */
export function importWouldFit(network: Network, plan: ImportPlan, budgetChars: number): boolean {
  return estimateStoredCharsAfter(network, plan) <= budgetChars;
}
