import { companyKey, emailKeys, nameKey, profileUrlKey } from './identity';
import { combineNameCompany } from './match-keys';
import type { Person } from './person';

/** Which key matched, strongest first (the import's own rules extend this list). */
export type KeyMatchRule = 'profile-url' | 'email' | 'name-company';

/**
 * The matching keys of one record, as the backup's merge uses them. (The import follows the
 * identity rules of identity.ts instead.)
 */
export interface ContactKeys {
  url: string | undefined;
  emails: string[];
  nameCompany: string | undefined;
  /** The name alone, too weak to match on but worth showing as a possible match. */
  name: string | undefined;
}

/** Maps from each kind of key to what holds it: a person on the map, or a line of the file. */
export interface KeyMaps<T> {
  url: Map<string, T>;
  email: Map<string, T>;
  nameCompany: Map<string, T>;
}

/** Key maps of the reader's map, plus namesakes and hidden members by connection date. */
export interface PeopleIndex extends KeyMaps<Person> {
  name: Map<string, Person[]>;
  /** People without a name, by `since` ('' when undated), earliest last (taken with pop()). */
  hidden: Map<string, Person[]>;
}

/** The first key that hits, in rule order: profile link, e-mail, name and company. */
export function firstHit<T>(
  keys: ContactKeys,
  maps: KeyMaps<T>,
): { value: T; rule: KeyMatchRule } | undefined {
  const byUrl = keys.url === undefined ? undefined : maps.url.get(keys.url);
  if (byUrl !== undefined) return { value: byUrl, rule: 'profile-url' };
  for (const key of keys.emails) {
    const byEmail = maps.email.get(key);
    if (byEmail !== undefined) return { value: byEmail, rule: 'email' };
  }
  const byName =
    keys.nameCompany === undefined ? undefined : maps.nameCompany.get(keys.nameCompany);
  return byName === undefined ? undefined : { value: byName, rule: 'name-company' };
}

/** Indexes the reader's map by every matching key, in one pass. */
export function indexPeople(people: readonly Person[]): PeopleIndex {
  const index: PeopleIndex = {
    url: new Map(),
    email: new Map(),
    nameCompany: new Map(),
    name: new Map(),
    hidden: new Map(),
  };
  for (const person of people) {
    const name = nameKey(person.name);
    setOnce(index.url, profileUrlKey(person.url), person);
    for (const key of emailKeys(person.email)) setOnce(index.email, key, person);
    setOnce(index.nameCompany, combineNameCompany(name, companyKey(person.company)), person);
    if (name !== undefined) pushTo(index.name, name, person);
    if (person.name.trim() === '') pushTo(index.hidden, person.since ?? '', person);
  }
  // Matches are popped from the end: reverse so that the earliest hidden member is used first.
  for (const list of index.hidden.values()) list.reverse();
  return index;
}

function setOnce<T>(map: Map<string, T>, key: string | undefined, value: T): void {
  if (key !== undefined && !map.has(key)) map.set(key, value);
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
