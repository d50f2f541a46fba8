import type { Network } from '../network/network';
import type { Person } from '../network/person';
import type { ImportPlan, MergeFills } from './import-plan-schema';
import type { ImportedContact, ParsedImport } from './imported-contact';
import {
  contactKeys,
  emptyKeyMaps,
  firstHit,
  indexPeople,
  rememberKeys,
  type PeopleIndex,
} from './match-index';
import { personFromContact } from './person-from-contact';

/** An id as long as a UUID, for estimating the size of records not created yet. */
const ESTIMATE_ID = '00000000-0000-4000-8000-000000000000';
const ESTIMATE_TIME = '2026-01-01T00:00:00.000Z';

type Placement = Pick<
  ImportPlan,
  'additions' | 'merges' | 'unchanged' | 'duplicatesInFile' | 'possibleMatches'
>;

/**
 * Compares a parsed file with the reader's map and says what importing it would do, without
 * changing anything. A contact matches an existing person by profile link, else by e-mail
 * (case-insensitive), else by name and company together (accents, case, word order and legal
 * forms ignored). A match only ever fills the person's empty fields; what the reader typed is
 * never overwritten. Contacts repeating an earlier one of the same file are skipped and listed.
 * Runs in time linear in the size of the map plus the file (everything goes through maps).
 */
export function planImport(network: Network, parsed: ParsedImport): ImportPlan {
  const placed = placeContacts(indexPeople(network.people), parsed.people);
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
      rejected: parsed.rejected.length,
      anonymous: parsed.anonymousCount,
    },
    estimatedAddedChars: estimateAddedChars(placed),
  };
}

/** Puts every contact in exactly one of additions, merges, unchanged or duplicates. */
function placeContacts(existing: PeopleIndex, contacts: readonly ImportedContact[]): Placement {
  const placed: Placement = {
    additions: [],
    merges: [],
    unchanged: [],
    duplicatesInFile: [],
    possibleMatches: [],
  };
  const seenInFile = emptyKeyMaps<number>();
  const matchedPeople = new Map<string, number>();
  for (const contact of contacts) {
    const { line } = contact;
    if (contact.nameSource === 'none') {
      // A hidden member has no key; one imported earlier on the same date is the same member.
      const earlier = existing.hidden.get(contact.since ?? '')?.pop();
      if (earlier)
        placed.unchanged.push({ line, personId: earlier.id, matchedBy: 'hidden-member' });
      else placed.additions.push(contact);
      continue;
    }
    const keys = contactKeys(contact);
    const repeat = firstHit(keys, seenInFile);
    if (repeat) {
      placed.duplicatesInFile.push({ line, firstLine: repeat.value, matchedBy: repeat.rule });
      continue;
    }
    rememberKeys(keys, line, seenInFile);

    const match = firstHit(keys, existing);
    if (!match) {
      const namesakes = keys.name === undefined ? undefined : existing.name.get(keys.name);
      if (namesakes) placed.possibleMatches.push({ line, personIds: namesakes.map((p) => p.id) });
      placed.additions.push(contact);
      continue;
    }
    const { value: person, rule: matchedBy } = match;
    const firstLine = matchedPeople.get(person.id);
    if (firstLine !== undefined) {
      placed.duplicatesInFile.push({ line, firstLine, matchedBy });
      continue;
    }
    matchedPeople.set(person.id, line);
    const fills = emptyFieldFills(person, contact);
    const addsImportedContext = !person.contexts.includes('imported');
    if (Object.keys(fills).length === 0 && !addsImportedContext) {
      placed.unchanged.push({ line, personId: person.id, matchedBy });
    } else {
      placed.merges.push({ line, personId: person.id, matchedBy, fills, addsImportedContext });
    }
  }
  return placed;
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
  for (const contact of placed.additions) {
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
