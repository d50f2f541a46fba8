import type { Network } from '../network/network';
import type { Person } from '../network/person';
import type { ImportPlan, MatchRule, MergeFills, PlannedMerge } from './import-plan-schema';
import type { ImportedContact, ParsedImport } from './imported-contact';
import {
  combineNameCompany,
  companyKey,
  emailKey,
  emailKeys,
  nameKey,
  profileUrlKey,
} from './match-keys';
import { personFromContact } from './person-from-contact';

/** An id as long as a UUID, for estimating the size of records not created yet. */
const ESTIMATE_ID = '00000000-0000-4000-8000-000000000000';
const ESTIMATE_TIME = '2026-01-01T00:00:00.000Z';

/**
 * Compares a parsed file with the reader's map and says what importing it would do, without
 * changing anything. A contact matches an existing person by profile link, else by e-mail
 * (case-insensitive), else by name and company together (accents, case, word order and legal
 * forms ignored). A match only ever fills the person's empty fields; what the reader typed is
 * never overwritten. Contacts repeating an earlier one of the same file are skipped and listed.
 * Runs in time linear in the size of the map plus the file (everything goes through maps).
 */
export function planImport(network: Network, parsed: ParsedImport): ImportPlan {
  const existing = indexPeople(network.people);
  const inFile = {
    url: new Map<string, number>(),
    email: new Map<string, number>(),
    nameCompany: new Map<string, number>(),
  };
  const matchedPeople = new Map<string, number>();
  const plan: ImportPlan = {
    format: parsed.format,
    additions: [],
    merges: [],
    unchanged: [],
    duplicatesInFile: [],
    possibleMatches: [],
    rejected: parsed.rejected,
    dateRange: parsed.dateRange,
    warnings: parsed.warnings,
    counts: {
      inFile: 0,
      added: 0,
      merged: 0,
      unchanged: 0,
      duplicatesInFile: 0,
      rejected: 0,
      anonymous: 0,
    },
    estimatedAddedChars: 0,
  };

  for (const contact of parsed.people) {
    if (contact.nameSource === 'none') {
      const earlier = existing.hidden.get(contact.since ?? '')?.pop();
      if (earlier)
        plan.unchanged.push({
          line: contact.line,
          personId: earlier.id,
          matchedBy: 'hidden-member',
        });
      else plan.additions.push(contact);
      continue;
    }
    const keys = contactKeys(contact);
    const repeat = firstHit(keys, inFile);
    if (repeat) {
      plan.duplicatesInFile.push({
        line: contact.line,
        firstLine: repeat.value,
        matchedBy: repeat.rule,
      });
      continue;
    }
    remember(keys, contact.line, inFile);

    const match = firstHit(keys, existing);
    if (!match) {
      const namesakes = keys.name === undefined ? undefined : existing.name.get(keys.name);
      if (namesakes)
        plan.possibleMatches.push({ line: contact.line, personIds: namesakes.map((p) => p.id) });
      plan.additions.push(contact);
      continue;
    }
    const person = match.value;
    const firstLine = matchedPeople.get(person.id);
    if (firstLine !== undefined) {
      plan.duplicatesInFile.push({ line: contact.line, firstLine, matchedBy: match.rule });
      continue;
    }
    matchedPeople.set(person.id, contact.line);
    const merge: PlannedMerge = {
      line: contact.line,
      personId: person.id,
      matchedBy: match.rule,
      fills: emptyFieldFills(person, contact),
      addsImportedContext: !person.contexts.includes('imported'),
    };
    if (Object.keys(merge.fills).length === 0 && !merge.addsImportedContext) {
      plan.unchanged.push({ line: contact.line, personId: person.id, matchedBy: match.rule });
    } else {
      plan.merges.push(merge);
    }
  }

  plan.counts = {
    inFile: parsed.people.length + parsed.rejected.length,
    added: plan.additions.length,
    merged: plan.merges.length,
    unchanged: plan.unchanged.length,
    duplicatesInFile: plan.duplicatesInFile.length,
    rejected: parsed.rejected.length,
    anonymous: parsed.anonymousCount,
  };
  plan.estimatedAddedChars = estimateAddedChars(plan);
  return plan;
}

/**
 * The fields a contact would fill on an existing person: only those the person has empty. A
 * name is filled only from a real name (not from a company or an address).
 */
export function emptyFieldFills(person: Person, contact: ImportedContact): MergeFills {
  const fills: MergeFills = {};
  const email = contact.emails[0];
  if (person.name.trim() === '' && contact.nameSource === 'name') fills.name = contact.name;
  if (person.company.trim() === '' && contact.company !== '') fills.company = contact.company;
  if (person.position.trim() === '' && contact.position !== '') fills.position = contact.position;
  if (person.email.trim() === '' && email !== undefined) fills.email = email;
  if (person.url.trim() === '' && contact.url !== '') fills.url = contact.url;
  if (person.since === undefined && contact.since !== undefined) fills.since = contact.since;
  if (person.notes.trim() === '' && contact.notes !== '') fills.notes = contact.notes;
  return fills;
}

interface ContactKeys {
  url: string | undefined;
  emails: string[];
  nameCompany: string | undefined;
  name: string | undefined;
}

type KeyMaps<T> = { url: Map<string, T>; email: Map<string, T>; nameCompany: Map<string, T> };

function contactKeys(contact: ImportedContact): ContactKeys {
  const name = contact.nameSource === 'name' ? nameKey(contact.name) : undefined;
  return {
    url: profileUrlKey(contact.url),
    emails: contact.emails.map(emailKey).filter((key): key is string => key !== undefined),
    nameCompany: combineNameCompany(name, companyKey(contact.company)),
    name,
  };
}

/** The first key that hits, in rule order: profile link, e-mail, name and company. */
function firstHit<T>(
  keys: ContactKeys,
  maps: KeyMaps<T>,
): { value: T; rule: MatchRule } | undefined {
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

function remember(keys: ContactKeys, line: number, maps: KeyMaps<number>): void {
  if (keys.url !== undefined) maps.url.set(keys.url, line);
  for (const key of keys.emails) maps.email.set(key, line);
  if (keys.nameCompany !== undefined) maps.nameCompany.set(keys.nameCompany, line);
}

/** Maps from every matching key to the (first) person holding it. */
function indexPeople(people: readonly Person[]) {
  const maps: KeyMaps<Person> = { url: new Map(), email: new Map(), nameCompany: new Map() };
  const name = new Map<string, Person[]>();
  const hidden = new Map<string, Person[]>();
  const setOnce = (map: Map<string, Person>, key: string | undefined, person: Person) => {
    if (key !== undefined && !map.has(key)) map.set(key, person);
  };
  for (const person of people) {
    setOnce(maps.url, profileUrlKey(person.url), person);
    for (const key of emailKeys(person.email)) setOnce(maps.email, key, person);
    const key = nameKey(person.name);
    setOnce(maps.nameCompany, combineNameCompany(key, companyKey(person.company)), person);
    if (key !== undefined) pushTo(name, key, person);
    if (person.name.trim() === '') pushTo(hidden, person.since ?? '', person);
  }
  // Matches are popped from the end: reverse so that the earliest hidden member is used first.
  for (const list of hidden.values()) list.reverse();
  return { ...maps, name, hidden };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function estimateAddedChars(plan: ImportPlan): number {
  let chars = 0;
  for (const contact of plan.additions) {
    const person = personFromContact(contact, {
      id: ESTIMATE_ID,
      addedAt: ESTIMATE_TIME,
      useContextHints: true,
      useTopicHints: true,
    });
    chars += JSON.stringify(person).length + 1;
  }
  for (const merge of plan.merges) {
    for (const [field, value] of Object.entries(merge.fills)) {
      // A filled string replaces "" (two characters); `since` is a new key altogether.
      chars +=
        field === 'since'
          ? JSON.stringify({ since: value }).length - 1
          : JSON.stringify(value).length - 2;
    }
    if (merge.addsImportedContext) chars += JSON.stringify('imported').length + 1;
  }
  return chars;
}
