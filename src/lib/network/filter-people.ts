import type { Person, Preference } from './person';
import { topicKey } from './topic-key';

/**
 * What the reader chose to see on the map and in the list. `context` undefined shows every
 * context and null only people with none; an empty `topic` shows everyone.
 */
export interface PeopleFilter {
  context?: string | null | undefined;
  topic?: string | undefined;
  preference?: Preference | undefined;
}

/** Whether the filter hides nobody, so callers can skip the work. */
export function isEmptyFilter(filter: PeopleFilter): boolean {
  return (
    filter.context === undefined &&
    topicKey(filter.topic ?? '') === '' &&
    filter.preference === undefined
  );
}

/**
 * Whether a person passes the filter. A topic matches when it is part of one of the person's
 * topics (known, learnt from them, or needed), without case or diacritics, so "kinh te" finds
 * "Kinh tế vĩ mô".
 */
export function matchesFilter(person: Person, filter: PeopleFilter): boolean {
  if (filter.preference !== undefined && person.preference !== filter.preference) return false;
  if (filter.context === null && person.contexts.length > 0) return false;
  if (typeof filter.context === 'string' && !person.contexts.includes(filter.context)) return false;
  const topic = topicKey(filter.topic ?? '');
  if (topic === '') return true;
  return [...person.knowsAbout, ...person.learnFrom, ...person.needs].some((text) =>
    topicKey(text).includes(topic),
  );
}
