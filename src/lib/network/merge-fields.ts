import { RINGS, type Person, type Preference } from './person';
import { topicKey } from './topic-key';

const MAX_NOTES = 20_000;
/** The schema's cap on a list of contexts or topics. */
const MAX_TAGS = 200;
/** Single-valued fields: when both records hold different values, the other one goes to notes. */
const SINGLE_FIELDS = ['company', 'position', 'email', 'url', 'metWhere'] as const;

/** The items of both lists, the first list's first, a repeat (same topic key) kept once. */
function union(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const item of [...first, ...second]) {
    const key = topicKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(item);
  }
  // Past the schema's cap only by hundreds of tags on both records; the merge must not fail then.
  return kept.slice(0, MAX_TAGS);
}

/**
 * The earlier of two partial dates. "2019" and "2019-04-23" are the same time told less and more
 * precisely: the precise one is kept rather than thrown away.
 */
export function earlierDate(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const shared = Math.min(a.length, b.length);
  const [headA, headB] = [a.slice(0, shared), b.slice(0, shared)];
  if (headA === headB) return a.length >= b.length ? a : b;
  return headA < headB ? a : b;
}

/** The closer of two rings (the inner one): one record placing them near is what the reader knew. */
export function closerRing(a: Person['ring'], b: Person['ring']): Person['ring'] {
  return RINGS.indexOf(a) <= RINGS.indexOf(b) ? a : b;
}

const CAUTION: Record<Preference, number> = { no: 0, ask: 1, open: 2 };

/** The more careful of two consent preferences: introducing someone who said no is the worse mistake. */
export function carefulPreference(a: Preference, b: Preference): Preference {
  return CAUTION[a] <= CAUTION[b] ? a : b;
}

function same(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/**
 * The fields of the person two records merge into. Nothing either record held is lost:
 * - name, company, position, e-mail, link, where met: the kept record's, or the other's when the
 *   kept one is empty; a different second value (another e-mail, another profile link) is written
 *   into the notes, since a person has one field of each;
 * - contexts and topics: both lists, the kept record's first (its first context decides the sector
 *   the reader already sees them in). "Imported" is left out when the other record had been sorted
 *   out of it: the reader already placed that person;
 * - ring: the closer one; trust: the higher; preference: the more careful;
 * - since and added: the earlier (they have known each other since the first one);
 * - notes: both, the kept record's first.
 */
export function mergeFields(kept: Person, other: Person): Person {
  const extras: string[] = [];
  const single = {} as Record<(typeof SINGLE_FIELDS)[number], string>;
  for (const field of SINGLE_FIELDS) {
    const [mine, theirs] = [kept[field], other[field]];
    single[field] = mine.trim() === '' ? theirs : mine;
    if (mine.trim() !== '' && theirs.trim() !== '' && !same(mine, theirs)) extras.push(theirs);
  }
  const sorted = (person: Person) =>
    person.contexts.length > 0 && !person.contexts.includes('imported');
  let contexts = union(kept.contexts, other.contexts);
  if (sorted(kept) || sorted(other)) contexts = contexts.filter((c) => c !== 'imported');
  const notes = [kept.notes, other.notes, extras.join('\n')]
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .join('\n\n')
    // The schema caps notes; two full notes are far past anything typed by hand.
    .slice(0, MAX_NOTES);
  const since = earlierDate(kept.since, other.since);
  const addedAt = [kept.addedAt, other.addedAt].filter((at) => at !== '').sort()[0] ?? '';
  return {
    ...kept,
    ...single,
    name: kept.name.trim() === '' ? other.name : kept.name,
    contexts,
    ring: closerRing(kept.ring, other.ring),
    trust: Math.max(kept.trust, other.trust),
    knowsAbout: union(kept.knowsAbout, other.knowsAbout),
    learnFrom: union(kept.learnFrom, other.learnFrom),
    needs: union(kept.needs, other.needs),
    preference: carefulPreference(kept.preference, other.preference),
    notes,
    addedAt,
    ...(since === undefined ? {} : { since }),
  };
}
