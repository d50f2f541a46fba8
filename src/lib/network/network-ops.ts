import * as v from 'valibot';
import { customContextSchema, type CustomContext } from './context';
import { nextFreeId, type MakeId } from './ids';
import { MAX_ISSUES, type Network } from './network';
import { BUILTIN_CONTEXTS } from './person';
import { topicKey } from './topic-key';

const MAX_ISSUE_LENGTH = 200;

/**
 * Adds a context of the reader's own, such as "Hanoi running club". A label the reader already
 * has (compared without case or diacritics) gives back the existing context instead of a twin.
 * @returns the new network and the context (new or existing)
 * @throws Error when the label is empty or too long
 */
export function addCustomContext(
  network: Network,
  label: string,
  makeId: MakeId = (taken) => nextFreeId('c', taken),
): { network: Network; context: CustomContext } {
  const trimmed = label.trim();
  const key = topicKey(trimmed);
  const existing = network.customContexts.find((context) => topicKey(context.label) === key);
  if (existing !== undefined) return { network, context: existing };
  // Built-in ids are taken too, so that a custom context never shadows one.
  const taken = new Set<string>([...BUILTIN_CONTEXTS, ...network.customContexts.map((c) => c.id)]);
  const id = makeId(taken);
  if (taken.has(id)) throw new Error(`network/addCustomContext: id ${id} already exists`);
  const parsed = v.safeParse(customContextSchema, { id, label: trimmed });
  if (!parsed.success) {
    throw new Error(`network/addCustomContext: invalid label "${trimmed.slice(0, 40)}"`);
  }
  return {
    network: { ...network, customContexts: [...network.customContexts, parsed.output] },
    context: parsed.output,
  };
}

/**
 * Sets the issues that matter to the reader (read by the diversity lens). Each is trimmed; empty
 * ones and repeats (compared without case or diacritics) are dropped, the first spelling kept.
 * @throws Error when there are more than 50 issues or one is longer than 200 characters, rather
 *   than cut what the reader wrote
 */
export function setIssues(network: Network, issues: readonly string[]): Network {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const trimmed = issue.trim();
    if (trimmed.length > MAX_ISSUE_LENGTH) {
      throw new Error(`network/setIssues: an issue is longer than ${MAX_ISSUE_LENGTH} characters`);
    }
    const key = topicKey(trimmed);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(trimmed);
  }
  if (kept.length > MAX_ISSUES) {
    throw new Error(`network/setIssues: at most ${MAX_ISSUES} issues, got ${kept.length}`);
  }
  return { ...network, issues: kept };
}
