import {
  emptyIdentityIndex,
  fileIdentity,
  findPossiblySame,
  findSame,
  indexPeopleByIdentity,
  personIdentityKeys,
  type IdentityIndex,
} from '../network/identity-index';
import { emailKeys, identityKeys, profileUrlKey, type IdentityKeys } from '../network/identity';
import type { Network } from '../network/network';
import type { Person } from '../network/person';
import type { ImportPlan, MergeFills } from './import-plan-schema';
import type { ImportedContact, ParsedImport } from './imported-contact';
import { personFromContact } from './person-from-contact';

/** An id as long as a UUID, for estimating the size of records not created yet. */
const ESTIMATE_ID = '00000000-0000-4000-8000-000000000000';
const ESTIMATE_TIME = '2026-01-01T00:00:00.000Z';

type Placement = Pick<
  ImportPlan,
  'additions' | 'merges' | 'unchanged' | 'duplicatesInFile' | 'possibleMatches' | 'skipped'
>;

/**
 * Compares a parsed file with the reader's map and says what importing it would do, without
 * changing anything, by the identity rules of lib/network/identity.ts: a contact is the person on
 * the map with the same profile link, else the same e-mail address (unless their links differ);
 * a contact with neither is only *possibly* a namesake on the map who has neither either, and the
 * preview asks. A match only ever fills the person's empty fields; what the reader typed is never
 * overwritten. Contacts repeating an earlier link or address of the same file are skipped and
 * listed; namesakes in one file are all kept. Runs in time linear in the size of the map plus the
 * file (everything goes through maps).
 */
export function planImport(network: Network, parsed: ParsedImport): ImportPlan {
  const placed = placeContacts(network.people, parsed.people);
  return {
    format: parsed.format,
    ...placed,
    rejected: parsed.rejected,
    dateRange: parsed.dateRange,
    warnings: parsed.warnings,
    counts: {
      inFile: parsed.people.length + parsed.rejected.length,
      added: placed.additions.length,
      merged: placed.merges.length,
      unchanged: placed.unchanged.length,
      duplicatesInFile: placed.duplicatesInFile.length,
      possiblySame: placed.possibleMatches.length,
      skippedNoName: placed.skipped.filter((s) => s.reason === 'no-name').length,
      skippedOrganisations: placed.skipped.filter((s) => s.reason === 'organisation').length,
      rejected: parsed.rejected.length,
      anonymous: parsed.anonymousCount,
    },
    estimatedAddedChars: estimateAddedChars(placed),
  };
}

/** The identity keys of a contact; a name only counts when it is a real name. */
export function contactIdentityKeys(contact: ImportedContact): IdentityKeys {
  return identityKeys({ ...contact, name: contact.nameSource === 'name' ? contact.name : '' });
}

/** Where the first row of a person in the file went: a new person, or one on the map. */
type FirstRow = { kind: 'addition'; index: number } | { kind: 'existing'; person: Person };

/** A person on the map that the file matched, and what its rows would fill. */
interface Matched {
  line: number;
  person: Person;
  matchedBy: 'profile-url' | 'email';
  fills: MergeFills;
}

/** Puts every contact in exactly one of the plan's lists. */
function placeContacts(people: readonly Person[], contacts: readonly ImportedContact[]): Placement {
  const placed: Placement = {
    additions: [],
    merges: [],
    unchanged: [],
    duplicatesInFile: [],
    possibleMatches: [],
    skipped: [],
  };
  const existing = indexPeopleByIdentity(people);
  const hidden = hiddenMembersByDate(people);
  const seenInFile: IdentityIndex<number> = emptyIdentityIndex();
  const firstRows = new Map<number, FirstRow>();
  const matched = new Map<string, Matched>();
  const claimed = new Set<string>();
  for (const contact of contacts) {
    const { line } = contact;
    if (contact.nameSource === 'none') {
      // A hidden member has no key; one imported earlier on the same date is the same member.
      const earlier = hidden.get(contact.since ?? '')?.pop();
      if (earlier)
        placed.unchanged.push({ line, personId: earlier.id, matchedBy: 'hidden-member' });
      else placed.additions.push(contact);
      continue;
    }
    if (contact.nameSource === 'email' || contact.isCompany) {
      const reason = contact.isCompany ? 'organisation' : 'no-name';
      placed.skipped.push({ line, reason, label: contact.name });
      continue;
    }
    const keys = contactIdentityKeys(contact);
    const repeat = findSame(seenInFile, keys);
    if (repeat) {
      placed.duplicatesInFile.push({ line, firstLine: repeat.value, matchedBy: repeat.rule });
      // A repeat may bring what the first row lacked (its link): keep it, so that it is not lost.
      const first = firstRows.get(repeat.value);
      if (first?.kind === 'addition') {
        const filled = completeContact(placed.additions[first.index] ?? contact, contact);
        placed.additions[first.index] = filled;
        fileIdentity(seenInFile, contactIdentityKeys(filled), repeat.value);
      } else if (first?.kind === 'existing') {
        const entry = matched.get(first.person.id);
        if (entry) {
          entry.fills = { ...emptyFieldFills(first.person, contact), ...entry.fills };
          refileFilled(existing, entry);
        }
        fileIdentity(seenInFile, keys, repeat.value);
      }
      continue;
    }
    fileIdentity(seenInFile, keys, line);

    const match = findSame(existing, keys);
    if (match) {
      const earlier = matched.get(match.value.id);
      if (earlier !== undefined) {
        placed.duplicatesInFile.push({ line, firstLine: earlier.line, matchedBy: match.rule });
        earlier.fills = { ...emptyFieldFills(match.value, contact), ...earlier.fills };
        refileFilled(existing, earlier);
        continue;
      }
      claimed.add(match.value.id);
      firstRows.set(line, { kind: 'existing', person: match.value });
      const entry = { line, person: match.value, matchedBy: match.rule, fills: {} };
      entry.fills = emptyFieldFills(match.value, contact);
      matched.set(match.value.id, entry);
      refileFilled(existing, entry);
      continue;
    }
    // Each person on the map can be the namesake of one contact only: twins stay two.
    const namesake = findPossiblySame(existing, keys, (person) => !claimed.has(person.id));
    if (namesake) {
      claimed.add(namesake.id);
      placed.possibleMatches.push({
        line,
        personId: namesake.id,
        contact,
        fills: emptyFieldFills(namesake, contact),
        addsImportedContext: !namesake.contexts.includes('imported'),
      });
      continue;
    }
    firstRows.set(line, { kind: 'addition', index: placed.additions.length });
    placed.additions.push(contact);
  }
  for (const { line, person, matchedBy, fills } of matched.values()) {
    const addsImportedContext = !person.contexts.includes('imported');
    if (Object.keys(fills).length === 0 && !addsImportedContext) {
      placed.unchanged.push({ line, personId: person.id, matchedBy });
    } else {
      placed.merges.push({ line, personId: person.id, matchedBy, fills, addsImportedContext });
    }
  }
  placed.unchanged.sort((a, b) => a.line - b.line);
  return placed;
}

/**
 * Files a matched person again with the link or address the file fills in, so that a later row
 * with another link is told apart from them (rule 2) rather than taken for them.
 */
function refileFilled(existing: IdentityIndex<Person>, entry: Matched): void {
  const { person, fills } = entry;
  if (fills.url === undefined && fills.email === undefined) return;
  const keys = personIdentityKeys(person);
  keys.url ??= profileUrlKey(fills.url ?? '');
  keys.emails.push(...emailKeys(fills.email ?? ''));
  fileIdentity(existing, keys, person);
}

/** The first row of a person with the empty fields a later row of the same file fills. */
function completeContact(first: ImportedContact, later: ImportedContact): ImportedContact {
  return {
    ...first,
    company: first.company || later.company,
    position: first.position || later.position,
    url: first.url || later.url,
    since: first.since ?? later.since,
    notes: first.notes || later.notes,
    emails: [...new Set([...first.emails, ...later.emails])].slice(0, 50),
  };
}

/** People without a name, by `since` ('' when undated), earliest last (taken with pop()). */
function hiddenMembersByDate(people: readonly Person[]): Map<string, Person[]> {
  const hidden = new Map<string, Person[]>();
  for (let i = people.length - 1; i >= 0; i--) {
    const person = people[i];
    if (person === undefined || person.name.trim() !== '') continue;
    const list = hidden.get(person.since ?? '');
    if (list) list.push(person);
    else hidden.set(person.since ?? '', [person]);
  }
  return hidden;
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

/** Characters the stored map grows by; counts hinted contexts and topics, so it errs high. */
function estimateAddedChars(placed: Placement): number {
  let chars = 0;
  // A possible match the reader may call a different person is counted as an addition.
  const maybeAdded = [...placed.additions, ...placed.possibleMatches.map((m) => m.contact)];
  for (const contact of maybeAdded) {
    const person = personFromContact(contact, {
      id: ESTIMATE_ID,
      addedAt: ESTIMATE_TIME,
      useContextHints: true,
      useTopicHints: true,
    });
    chars += JSON.stringify(person).length + 1;
  }
  for (const merge of placed.merges) {
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
