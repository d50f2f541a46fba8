import * as v from 'valibot';
import type { BuiltinContext } from '../network/person';
import type { PartialDate } from '../dates/partial-date';
import type { ImportWarning, RejectReason } from './import-error';
import { cleanLine, cleanMultiline, looksLikeEmail, uniqueIgnoringCase } from './clean-text';
import { importedContactSchema, MAX_NOTES_LENGTH, type ImportedContact } from './imported-contact';
import { safeUrl } from './safe-url';

/** What a format reader found in one row or card, before cleaning. */
export interface ContactDraft {
  line: number;
  /** The person's name as the file gives it (already joined from its parts). */
  name: string;
  company?: string;
  position?: string;
  emails?: readonly string[];
  urls?: readonly string[];
  since?: PartialDate | undefined;
  notes?: string;
  labels?: readonly string[];
  isCompany?: boolean;
  autoSaved?: boolean;
  hasPhone?: boolean;
  hasPhoto?: boolean;
  birthday?: string;
}

/** A cleaned contact, or why the row was left out. */
export type BuiltContact =
  | { ok: true; contact: ImportedContact; warnings: ImportWarning[] }
  | { ok: false; reason: RejectReason };

// Label names (lower-case) that say which builtin context a contact belongs to. A Map, so that
// a label named "constructor" cannot reach Object.prototype.
const LABEL_CONTEXTS: ReadonlyMap<string, BuiltinContext> = new Map([
  ['family', 'family'],
  ['gia đình', 'family'],
  ['work', 'workplace'],
  ['coworkers', 'workplace'],
  ['colleagues', 'workplace'],
  ['công việc', 'workplace'],
  ['đồng nghiệp', 'workplace'],
  ['school', 'school'],
  ['alumni', 'school'],
  ['classmates', 'school'],
  ['university', 'school'],
  ['bạn học', 'school'],
  ['community', 'community'],
  ['club', 'community'],
  ['volunteering', 'community'],
  ['cộng đồng', 'community'],
]);

/**
 * Cleans a draft into an {@link ImportedContact}: trims and normalises text, keeps only real
 * e-mail addresses and safe links, chooses the display name (name, else company, else address),
 * derives context and topic hints, and checks the result against the schema.
 */
export function buildContact(draft: ContactDraft): BuiltContact {
  const warnings: ImportWarning[] = [];
  const company = cleanLine(draft.company ?? '');
  const position = cleanLine(draft.position ?? '');
  const labels = uniqueIgnoringCase((draft.labels ?? []).map(cleanLine)).filter(
    (label) => label.length <= 200,
  );
  let name = cleanLine(draft.name);
  const candidates = (draft.emails ?? []).map((email) => cleanLine(email).replace(/^mailto:/i, ''));
  // Google writes the address as the name of contacts it saved from correspondence.
  if (looksLikeEmail(name)) {
    candidates.push(name);
    name = '';
  }
  const emails = uniqueIgnoringCase(candidates.filter(looksLikeEmail));
  const url = (draft.urls ?? []).map(safeUrl).find((link) => link !== '') ?? '';
  let notes = cleanMultiline(draft.notes ?? '');
  if (notes.length > MAX_NOTES_LENGTH) {
    notes = notes.slice(0, MAX_NOTES_LENGTH);
    warnings.push({ code: 'shortened', line: draft.line });
  }

  let nameSource: ImportedContact['nameSource'] = 'name';
  if (draft.isCompany === true || (name === '' && company !== '')) {
    nameSource = 'company';
    name = draft.isCompany === true && name !== '' ? name : company;
  } else if (name === '' && emails[0] !== undefined) {
    nameSource = 'email';
    name = emails[0];
  } else if (name === '') {
    nameSource = 'none';
  }

  // A LinkedIn row with only a date is a member who hid their profile: still a connection.
  if (name === '' && url === '' && draft.since === undefined) {
    const empty = notes === '' && labels.length === 0 && draft.hasPhone !== true && position === '';
    return { ok: false, reason: empty ? 'empty-row' : 'no-identity' };
  }

  const parsed = v.safeParse(importedContactSchema, {
    line: draft.line,
    name,
    nameSource,
    company,
    position,
    emails,
    url,
    since: draft.since,
    notes,
    labels,
    contextHints: contextHints(company, position, labels),
    topicHints: position !== '' && position.length <= 200 ? [position] : [],
    isCompany: draft.isCompany === true || (nameSource === 'company' && company !== ''),
    autoSaved: draft.autoSaved === true,
    hasPhone: draft.hasPhone === true,
    hasPhoto: draft.hasPhoto === true,
    birthday: draft.birthday ?? '',
  });
  if (!parsed.success) return { ok: false, reason: 'invalid-field' };
  return { ok: true, contact: parsed.output, warnings };
}

function contextHints(company: string, position: string, labels: readonly string[]) {
  const hints = new Set<BuiltinContext>();
  if (company !== '' || position !== '') hints.add('workplace');
  for (const label of labels) {
    const context = LABEL_CONTEXTS.get(label.replace(/^\*\s*/, '').toLowerCase());
    if (context) hints.add(context);
  }
  return [...hints];
}

/** What a format reader returns: the contacts it kept and what it left out. */
export interface ReadContacts {
  people: ImportedContact[];
  rejected: { line: number; reason: RejectReason }[];
  warnings: ImportWarning[];
}

/** An empty {@link ReadContacts} to fill. */
export function emptyReadContacts(): ReadContacts {
  return { people: [], rejected: [], warnings: [] };
}

/** Builds a draft and files the result under kept or rejected. */
export function addDraft(into: ReadContacts, draft: ContactDraft): void {
  const built = buildContact(draft);
  if (built.ok) {
    into.people.push(built.contact);
    into.warnings.push(...built.warnings);
  } else {
    into.rejected.push({ line: draft.line, reason: built.reason });
  }
}
