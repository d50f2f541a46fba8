import * as v from 'valibot';
import type { Person } from '../network/person';
import { cutText } from '../storage/repair-text';
import { weigherInputSchema, type SharedContext, type WeigherInput } from './weigher-input';

/**
 * A suggested introduction from the map: two people and the topics that make them a match (one
 * needs what the other knows about). Kept small on purpose until the metrics module settles its own
 * type; any object with these fields fits.
 */
export interface CandidatePair {
  aId: string;
  bId: string;
  sharedTopics: string[];
}

/**
 * Contexts that say nothing about two people having met: everyone imported from a file is
 * `imported`, and `other` is a catch-all.
 */
const UNINFORMATIVE_CONTEXTS = new Set(['imported', 'other']);

/**
 * Whether two people share a context: `yes` when they have one in common, `no` when both have
 * contexts and none match, `unknown` when either has none that tells anything.
 */
export function sharedContextOf(a: Person, b: Person): SharedContext {
  const informative = (person: Person) =>
    person.contexts.filter((context) => !UNINFORMATIVE_CONTEXTS.has(context));
  const contextsA = informative(a);
  const contextsB = new Set(informative(b));
  if (contextsA.length === 0 || contextsB.size === 0) return 'unknown';
  return contextsA.some((context) => contextsB.has(context)) ? 'yes' : 'no';
}

/**
 * A weigher input pre-filled from a suggested pair, for "one click into the weigher": each side's
 * preference and trust come from the map, the shared context is worked out from both people's
 * contexts, the purpose lists the shared topics, and the introduction counts as the reader's own
 * idea. Everything the map cannot know (consent, sensitivity, benefits, bypass risk) is left
 * unknown for the reader to answer.
 * @param people the people on the map (only the two named are read)
 */
export function candidateToWeigherInput(
  pair: CandidatePair,
  people: readonly Person[],
): WeigherInput {
  const find = (id: string): Person => {
    const person = people.find((candidate) => candidate.id === id);
    if (!person) throw new Error(`intro/candidateToWeigherInput: person ${id} does not exist`);
    return person;
  };
  if (pair.aId === pair.bId) {
    throw new Error(`intro/candidateToWeigherInput: cannot introduce ${pair.aId} to themselves`);
  }
  const a = find(pair.aId);
  const b = find(pair.bId);
  const side = (person: Person) => ({
    party: { kind: 'person' as const, personId: person.id },
    preference: person.preference,
    trust: person.trust,
  });
  return v.parse(weigherInputSchema, {
    a: side(a),
    b: side(b),
    asker: 'reader',
    purpose: cutText(pair.sharedTopics.join(', '), 2000),
    sharedContext: sharedContextOf(a, b),
  });
}
