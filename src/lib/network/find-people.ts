import { RINGS, type Person } from './person';
import { topicKey } from './topic-key';

/** Where a search matched a person, best reason first. */
export type HelperReason =
  | { field: 'knowsAbout' | 'learnFrom'; text: string }
  | { field: 'company' | 'position'; text: string }
  | { field: 'context'; context: string };

/** One person who could help, and why the search found them. */
export interface Helper {
  person: Person;
  reasons: HelperReason[];
}

/** Ranks of the reasons: what a person knows counts most, the place they come from least. */
const WEIGHT: Record<HelperReason['field'], number> = {
  knowsAbout: 0,
  learnFrom: 1,
  company: 2,
  position: 2,
  context: 3,
};

function matching(texts: readonly string[], key: string): string[] {
  return texts.filter((text) => topicKey(text).includes(key));
}

/**
 * "Who could help with …?": people whose topics, company, position or context contain the query,
 * compared without case or diacritics ("kinh te" finds "kinh tế"). Ranked by their best reason,
 * then by trust (highest first), closeness ring (inner first) and map order.
 * @param contextLabel the words the reader sees for a context id, so "trường" finds 'school'
 * @example findPeople(network, 'kinh te', label)[0].reasons // [{ field: 'knowsAbout', text: 'kinh tế' }]
 */
export function findPeople(
  network: { readonly people: readonly Person[] },
  query: string,
  contextLabel: (context: string) => string = (context) => context,
  limit = 50,
): Helper[] {
  const key = topicKey(query);
  if (key === '') return [];
  const found: { helper: Helper; rank: number; order: number }[] = [];
  network.people.forEach((person, order) => {
    const reasons: HelperReason[] = [
      ...matching(person.knowsAbout, key).map((text) => ({ field: 'knowsAbout' as const, text })),
      ...matching(person.learnFrom, key).map((text) => ({ field: 'learnFrom' as const, text })),
      ...matching([person.company], key).map((text) => ({ field: 'company' as const, text })),
      ...matching([person.position], key).map((text) => ({ field: 'position' as const, text })),
      ...person.contexts
        .filter((context) => topicKey(contextLabel(context)).includes(key))
        .map((context) => ({ field: 'context' as const, context })),
    ];
    if (reasons.length === 0) return;
    const rank = Math.min(...reasons.map((reason) => WEIGHT[reason.field]));
    found.push({ helper: { person, reasons }, rank, order });
  });
  found.sort(
    (x, y) =>
      x.rank - y.rank ||
      y.helper.person.trust - x.helper.person.trust ||
      RINGS.indexOf(x.helper.person.ring) - RINGS.indexOf(y.helper.person.ring) ||
      x.order - y.order,
  );
  return found.slice(0, limit).map(({ helper }) => helper);
}
