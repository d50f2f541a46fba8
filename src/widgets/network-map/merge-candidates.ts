import type { Person } from '../../lib/network/person';
import { topicKey } from '../../lib/network/topic-key';

/**
 * The people the reader may mean when they look for a second record of someone: every other person
 * whose name contains the query (without case or diacritics, since the other record may have been
 * typed without them), those with the very same name first, then in map order. An empty query
 * finds everyone else.
 */
export function mergeCandidates(
  people: readonly Person[],
  selfId: string,
  query: string,
): Person[] {
  const key = topicKey(query);
  const found = people.filter(
    (person) => person.id !== selfId && topicKey(person.name).includes(key),
  );
  const exact = found.filter((person) => topicKey(person.name) === key);
  return exact.length === 0 ? found : [...exact, ...found.filter((p) => !exact.includes(p))];
}
