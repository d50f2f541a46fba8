import type { Network } from '../network/network';
import type { Person } from '../network/person';
import { topicKey } from '../network/topic-key';

/**
 * What the lens says about one issue:
 * - `no-sources`: nobody on the map knows about it;
 * - `no-known-context`: there are sources, but none has a context yet;
 * - `one-context`: every source comes from the same context ("everything you hear about X comes
 *   from one workplace");
 * - `several-contexts`: the sources come from two or more contexts.
 */
export type LensVerdict = 'no-sources' | 'no-known-context' | 'one-context' | 'several-contexts';

/** The reader's sources on one issue and where they come from. */
export interface IssueLens {
  issue: string;
  /** Ids of people who know about the issue or from whom the reader learns about it. */
  sources: string[];
  /** Distinct contexts of those people, sorted. */
  contexts: string[];
  verdict: LensVerdict;
  /** True unless the sources come from several contexts: the reader hears one side, or none. */
  narrow: boolean;
}

function indexByTopic(people: readonly Person[]): Map<string, Person[]> {
  const byTopic = new Map<string, Person[]>();
  for (const person of people) {
    const keys = new Set([...person.knowsAbout, ...person.learnFrom].map(topicKey));
    keys.delete('');
    for (const key of keys) {
      const holders = byTopic.get(key);
      if (holders === undefined) byTopic.set(key, [person]);
      else holders.push(person);
    }
  }
  return byTopic;
}

/**
 * For each issue that matters to the reader, the people whose `knowsAbout` or `learnFrom`
 * name it and how many distinct contexts they come from. Issues and topics match whole, without
 * case or diacritics ('kinh tế' ≈ 'Kinh Te'). A source in two contexts brings both.
 */
export function diversityLens(network: Pick<Network, 'people' | 'issues'>): IssueLens[] {
  const byTopic = indexByTopic(network.people);
  return network.issues.map((issue) => {
    const key = topicKey(issue);
    const holders = (key === '' ? undefined : byTopic.get(key)) ?? [];
    const contexts = [...new Set(holders.flatMap((person) => person.contexts))].sort();
    let verdict: LensVerdict = 'several-contexts';
    if (holders.length === 0) verdict = 'no-sources';
    else if (contexts.length === 0) verdict = 'no-known-context';
    else if (contexts.length === 1) verdict = 'one-context';
    return {
      issue,
      sources: holders.map((person) => person.id),
      contexts,
      verdict,
      narrow: verdict !== 'several-contexts',
    };
  });
}
