import type { BuiltinContext, Person } from '../network/person';
import type { ImportedContact } from './imported-contact';

/** What the reader chose in the preview, and what the new records need. */
export interface NewPersonOptions {
  id: string;
  /** ISO timestamp stored as `addedAt`. */
  addedAt: string;
  /** Add the contexts guessed from company, position and labels (`workplace`, `family`…). */
  useContextHints?: boolean;
  /** Add the position as a topic the person knows about. */
  useTopicHints?: boolean;
}

/**
 * Imported people start on the outermost ring: a LinkedIn connection or an address-book entry
 * says nothing about closeness, and the reader moves people inwards themselves.
 */
export const IMPORTED_RING = 'acquaintance' satisfies Person['ring'];

/**
 * The person record for a new contact. Every imported person gets the builtin `imported` context
 * and the default preference `ask`: an export says nothing about consent to introductions.
 */
export function personFromContact(contact: ImportedContact, options: NewPersonOptions): Person {
  const contexts = new Set<BuiltinContext>(['imported']);
  if (options.useContextHints === true) contact.contextHints.forEach((c) => contexts.add(c));
  const person: Person = {
    id: options.id,
    name: contact.name,
    contexts: [...contexts],
    ring: IMPORTED_RING,
    trust: 3,
    knowsAbout: options.useTopicHints === true ? [...contact.topicHints] : [],
    learnFrom: [],
    needs: [],
    company: contact.company,
    position: contact.position,
    email: contact.emails[0] ?? '',
    url: contact.url,
    metWhere: '',
    preference: 'ask',
    notes: contact.notes,
    addedAt: options.addedAt,
  };
  if (contact.since !== undefined) person.since = contact.since;
  return person;
}
