import {
  compareIdentities,
  identityKeys,
  isIdentified,
  namesMayMatch,
  type IdentityKeys,
} from './identity';
import type { Person } from './person';

/** How a record was recognised: by a shared profile link or a shared e-mail address. */
export type IdentityRule = 'profile-url' | 'email';

interface Entry<T> {
  value: T;
  keys: IdentityKeys;
}

/**
 * Records filed by the keys that identify them (see identity.ts), so that each lookup is a few map
 * reads: a 30,000-row file is matched against a 30,000-person map in linear time.
 */
export interface IdentityIndex<T> {
  url: Map<string, Entry<T>>;
  email: Map<string, Entry<T>>;
  /** Records with neither link nor e-mail, by name: the only ones a name may match. */
  nameOnly: Map<string, Entry<T>[]>;
}

/** An empty index. */
export function emptyIdentityIndex<T>(): IdentityIndex<T> {
  return { url: new Map(), email: new Map(), nameOnly: new Map() };
}

/**
 * Files a record under its keys; the first holder of a link or an address keeps it. Filing the
 * same record again with more keys (a link learnt from a later row) updates its entries.
 */
export function fileIdentity<T>(index: IdentityIndex<T>, keys: IdentityKeys, value: T): void {
  const entry = { value, keys };
  const free = (held: Entry<T> | undefined) => held === undefined || held.value === value;
  if (keys.url !== undefined && free(index.url.get(keys.url))) index.url.set(keys.url, entry);
  for (const key of keys.emails) if (free(index.email.get(key))) index.email.set(key, entry);
  if (!isIdentified(keys) && keys.name !== undefined) {
    const list = index.nameOnly.get(keys.name);
    if (list) list.push(entry);
    else index.nameOnly.set(keys.name, [entry]);
  }
}

/** The identity keys of a person on the map. */
export function personIdentityKeys(person: Person): IdentityKeys {
  return identityKeys({ ...person, emails: [person.email] });
}

/** Indexes the people of a map. */
export function indexPeopleByIdentity(people: readonly Person[]): IdentityIndex<Person> {
  const index = emptyIdentityIndex<Person>();
  for (const person of people) fileIdentity(index, personIdentityKeys(person), person);
  return index;
}

/**
 * The record that is certainly the same person (rules 1 and 2): one with the same profile link,
 * else one sharing an e-mail address whose link does not contradict it.
 */
export function findSame<T>(
  index: IdentityIndex<T>,
  keys: IdentityKeys,
): { value: T; rule: IdentityRule } | undefined {
  const byUrl = keys.url === undefined ? undefined : index.url.get(keys.url);
  if (byUrl !== undefined) return { value: byUrl.value, rule: 'profile-url' };
  for (const key of keys.emails) {
    const byEmail = index.email.get(key);
    if (byEmail !== undefined && compareIdentities(keys, byEmail.keys) === 'same') {
      return { value: byEmail.value, rule: 'email' };
    }
  }
  return undefined;
}

/**
 * A record that is possibly the same person (rule 3) and that `available` still accepts: of the
 * namesakes without link or e-mail, the one agreeing on the most of company and date.
 */
export function findPossiblySame<T>(
  index: IdentityIndex<T>,
  keys: IdentityKeys,
  available: (value: T) => boolean,
): T | undefined {
  if (isIdentified(keys) || keys.name === undefined) return undefined;
  let best: Entry<T> | undefined;
  let bestScore = -1;
  for (const entry of index.nameOnly.get(keys.name) ?? []) {
    if (!available(entry.value) || !namesMayMatch(keys, entry.keys)) continue;
    const score =
      (keys.company !== undefined && keys.company === entry.keys.company ? 2 : 0) +
      (keys.since !== undefined && keys.since === entry.keys.since ? 1 : 0);
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best?.value;
}
