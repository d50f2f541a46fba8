import type { Network } from '../network/network';
import type { Person } from '../network/person';

/** The fields of a person that some figure reads (names, notes and the like feed none). */
export type FigureField = 'ring' | 'contexts' | 'since' | 'topics' | 'needs' | 'preference';

/** What differs between two versions of the map, as far as the figures are concerned. */
export interface NetworkChanges {
  /** Someone was added, removed or reordered: every figure may differ. */
  people: boolean;
  /** Fields changed on people who kept their place. */
  fields: ReadonlySet<FigureField>;
  /** `pairs`: who is tied to whom changed; `strengths`: only how strong some ties are. */
  ties: 'same' | 'strengths' | 'pairs';
  /** The issues of the diversity lens changed. */
  issues: boolean;
}

function sameList(x: readonly string[], y: readonly string[]): boolean {
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return false;
  return true;
}

/** Adds to `fields` what differs between two versions of one person. */
function compareFields(was: Person, is: Person, fields: Set<FigureField>): void {
  if (was.ring !== is.ring) fields.add('ring');
  if (was.since !== is.since) fields.add('since');
  if (was.preference !== is.preference) fields.add('preference');
  if (!sameList(was.contexts, is.contexts)) fields.add('contexts');
  if (!sameList(was.needs, is.needs)) fields.add('needs');
  if (!sameList(was.knowsAbout, is.knowsAbout) || !sameList(was.learnFrom, is.learnFrom)) {
    fields.add('topics');
  }
}

function compareTies(before: Network['ties'], after: Network['ties']): NetworkChanges['ties'] {
  if (before === after) return 'same';
  if (before.length !== after.length) return 'pairs';
  let strengths = false;
  for (let i = 0; i < before.length; i += 1) {
    const was = before[i];
    const is = after[i];
    if (was === is || was === undefined || is === undefined) continue;
    if (was.a !== is.a || was.b !== is.b) return 'pairs';
    if (was.strength !== is.strength) strengths = true;
  }
  return strengths ? 'strengths' : 'same';
}

/**
 * What an edit changed, found in time linear in people + ties: the map's edits copy only the
 * people and ties they change, so most comparisons are of one object with itself. People are
 * compared place by place; a different id at a place counts as the people changing.
 */
export function networkChanges(before: Network, after: Network): NetworkChanges {
  const fields = new Set<FigureField>();
  let people = before.people.length !== after.people.length;
  if (!people && before.people !== after.people) {
    for (let i = 0; i < after.people.length; i += 1) {
      const was = before.people[i] as Person;
      const is = after.people[i] as Person;
      if (was === is) continue;
      if (was.id !== is.id) {
        people = true;
        break;
      }
      compareFields(was, is, fields);
    }
  }
  return {
    people,
    fields,
    ties: compareTies(before.ties, after.ties),
    issues: !sameList(before.issues, after.issues),
  };
}
