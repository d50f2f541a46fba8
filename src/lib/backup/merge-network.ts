import { firstHit, indexPeople, type ContactKeys } from '../network/match-index';
import { companyKey, emailKeys, nameKey, profileUrlKey } from '../network/identity';
import { combineNameCompany } from '../network/match-keys';
import type { CustomContext } from '../network/context';
import { counterIds, nextFreeId } from '../network/ids';
import { MAX_ISSUES, type Network } from '../network/network';
import { BUILTIN_CONTEXTS, PREFERENCES, type Person } from '../network/person';
import type { Tie } from '../network/tie';
import { orderedPair, tieKey } from '../network/tie-key';
import { topicKey } from '../network/topic-key';

/** What merging a backup's map into the reader's map did, for the restore summary. */
export interface NetworkMergeReport {
  /** People of the backup who were not on the map and were added. */
  added: number;
  /** People of the backup recognised as someone on the map; only empty fields were filled. */
  matched: number;
  tiesAdded: number;
  contextsAdded: number;
}

const MAX_TAGS = 200;
const TEXT_FIELDS = ['company', 'position', 'email', 'url', 'metWhere', 'notes'] as const;
const TAG_FIELDS = ['knowsAbout', 'learnFrom', 'needs'] as const;

/**
 * Merges the map of a backup into the reader's map without losing anything on either side. A
 * person of the backup is the same as one on the map when they share an id and a name, or match
 * the way an import does (profile link, e-mail, name and company); their empty fields are filled,
 * their tags and contexts joined, and the stricter introduction preference kept (a merge never
 * makes anyone easier to introduce). Everyone else is added, under a fresh id when theirs is
 * taken (ids are counters, so two browsers hand out the same ones). Ties follow their people.
 */
export function mergeNetworks(
  current: Network,
  incoming: Network,
): { network: Network; report: NetworkMergeReport } {
  const contexts = mergeContexts(current.customContexts, incoming.customContexts);
  const index = indexPeople(current.people);
  const byId = new Map(current.people.map((person) => [person.id, person]));
  const taken = new Set(byId.keys());
  const freshId = counterIds(taken);
  const idOf = new Map<string, string>();
  const changed = new Map<string, Person>();
  const added: Person[] = [];

  for (const raw of incoming.people) {
    const person = withContexts(raw, contexts.idOf);
    const sameId = byId.get(person.id);
    const match =
      sameId !== undefined && nameKey(sameId.name) === nameKey(person.name)
        ? sameId
        : firstHit(personKeys(person), index)?.value;
    if (match !== undefined) {
      idOf.set(raw.id, match.id);
      changed.set(match.id, fillFrom(changed.get(match.id) ?? match, person));
      continue;
    }
    const id = taken.has(person.id) ? freshId(taken) : person.id;
    taken.add(id);
    idOf.set(raw.id, id);
    added.push({ ...person, id });
  }

  const ties = mergeTies(current.ties, incoming.ties, idOf);
  return {
    network: {
      people: [...current.people.map((person) => changed.get(person.id) ?? person), ...added],
      ties: ties.ties,
      customContexts: contexts.list,
      issues: mergeIssues(current.issues, incoming.issues),
    },
    report: {
      added: added.length,
      matched: incoming.people.length - added.length,
      tiesAdded: ties.added,
      contextsAdded: contexts.list.length - current.customContexts.length,
    },
  };
}

/** The keys the import matches on, for a person of the backup. */
function personKeys(person: Person): ContactKeys {
  const name = nameKey(person.name);
  return {
    url: profileUrlKey(person.url),
    emails: emailKeys(person.email),
    nameCompany: combineNameCompany(name, companyKey(person.company)),
    name,
  };
}

/** The person on the map, with what the backup knows and the map does not. */
function fillFrom(person: Person, other: Person): Person {
  const next: Person = { ...person };
  if (next.name.trim() === '') next.name = other.name;
  for (const field of TEXT_FIELDS) if (next[field].trim() === '') next[field] = other[field];
  if (next.since === undefined && other.since !== undefined) next.since = other.since;
  next.contexts = union(person.contexts, other.contexts);
  for (const field of TAG_FIELDS) next[field] = union(person[field], other[field]);
  const stricter = Math.max(
    PREFERENCES.indexOf(person.preference),
    PREFERENCES.indexOf(other.preference),
  );
  next.preference = PREFERENCES[stricter] ?? person.preference;
  return next;
}

function union(first: readonly string[], second: readonly string[]): string[] {
  return [...new Set([...first, ...second])].slice(0, MAX_TAGS);
}

function withContexts(person: Person, idOf: ReadonlyMap<string, string>): Person {
  return { ...person, contexts: [...new Set(person.contexts.map((id) => idOf.get(id) ?? id))] };
}

/** The reader's contexts plus the backup's: same label, same context; a taken id is renamed. */
function mergeContexts(
  current: readonly CustomContext[],
  incoming: readonly CustomContext[],
): { list: CustomContext[]; idOf: Map<string, string> } {
  const list = [...current];
  const byLabel = new Map(current.map((context) => [topicKey(context.label), context.id]));
  const taken = new Set<string>([...BUILTIN_CONTEXTS, ...current.map((context) => context.id)]);
  const idOf = new Map<string, string>();
  for (const context of incoming) {
    const same = byLabel.get(topicKey(context.label));
    if (same !== undefined) {
      idOf.set(context.id, same);
      continue;
    }
    const id = taken.has(context.id) ? nextFreeId('c', taken) : context.id;
    taken.add(id);
    byLabel.set(topicKey(context.label), id);
    idOf.set(context.id, id);
    list.push({ id, label: context.label });
  }
  return { list, idOf };
}

function mergeTies(
  current: readonly Tie[],
  incoming: readonly Tie[],
  idOf: ReadonlyMap<string, string>,
): { ties: Tie[]; added: number } {
  const ties = [...current];
  const pairs = new Set(current.map((tie) => tieKey(tie.a, tie.b)));
  for (const tie of incoming) {
    const a = idOf.get(tie.a);
    const b = idOf.get(tie.b);
    if (a === undefined || b === undefined || a === b || pairs.has(tieKey(a, b))) continue;
    pairs.add(tieKey(a, b));
    const [first, second] = orderedPair(a, b);
    ties.push({ a: first, b: second, strength: tie.strength });
  }
  return { ties, added: ties.length - current.length };
}

function mergeIssues(current: readonly string[], incoming: readonly string[]): string[] {
  const seen = new Set(current.map(topicKey));
  const issues = [...current];
  for (const issue of incoming) {
    if (issues.length >= MAX_ISSUES) break;
    if (seen.has(topicKey(issue))) continue;
    seen.add(topicKey(issue));
    issues.push(issue);
  }
  return issues;
}
