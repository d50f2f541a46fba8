import * as v from 'valibot';
import type { Network } from '../network/network';
import { personSchema, type Person } from '../network/person';

/** What the share leaves out, for the preview before the reader sends it. */
export interface ShareSummary {
  /** People on the reader's map. */
  people: number;
  /** Shared in full (preference `open`), without notes. */
  shared: number;
  /** Shared as initials and contexts only (preference `ask`). */
  reduced: number;
  /** Left out with their ties (preference `no`). */
  leftOut: number;
  ties: number;
  tiesLeftOut: number;
  /** People whose private notes were dropped. */
  notesDropped: number;
}

/**
 * The map as it may be shown to a colleague, respecting what each person said about being
 * introduced: people who said `no` are left out together with their ties; people who said `ask`
 * become their initials and contexts, nothing else; everyone's private notes are dropped.
 * Contexts the reader created are kept only when someone shared uses them. The map given is not
 * changed.
 */
export function shareForColleague(network: Network): { network: Network; summary: ShareSummary } {
  const people: Person[] = [];
  let reduced = 0;
  let notesDropped = 0;
  for (const person of network.people) {
    if (person.preference === 'no') continue;
    if (person.notes !== '') notesDropped++;
    if (person.preference === 'ask') {
      reduced++;
      people.push(reducedPerson(person));
    } else {
      people.push({ ...person, notes: '', contexts: [...person.contexts] });
    }
  }
  const kept = new Set(people.map((person) => person.id));
  const ties = network.ties.filter((tie) => kept.has(tie.a) && kept.has(tie.b));
  const usedContexts = new Set(people.flatMap((person) => person.contexts));
  return {
    network: {
      people,
      ties: ties.map((tie) => ({ ...tie })),
      customContexts: network.customContexts
        .filter((context) => usedContexts.has(context.id))
        .map((context) => ({ ...context })),
      issues: [...network.issues],
    },
    summary: {
      people: network.people.length,
      shared: people.length - reduced,
      reduced,
      leftOut: network.people.length - people.length,
      ties: network.ties.length,
      tiesLeftOut: network.ties.length - ties.length,
      notesDropped,
    },
  };
}

/** Someone who asked to be asked first: their initials and contexts, all else at its default. */
function reducedPerson(person: Person): Person {
  return v.parse(personSchema, {
    id: person.id,
    name: initials(person.name),
    contexts: [...person.contexts],
    preference: 'ask',
  });
}

/**
 * The initials of a name, one per word that starts with a letter, each followed by a dot.
 * Compatibility forms are folded first, so that 𝐀𝐧𝐧𝐚 gives A.
 * @example initials('Thị Ánh Nguyễn') // 'T.Á.N.'
 */
export function initials(name: string): string {
  return name
    .normalize('NFKC')
    .split(/\s+/)
    .map((word) => Array.from(word)[0] ?? '')
    .filter((first) => /^\p{L}$/u.test(first))
    .map((first) => `${first.toLocaleUpperCase()}.`)
    .join('');
}
