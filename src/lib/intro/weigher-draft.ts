import * as v from 'valibot';
import { text } from '../schema/text';
import { object } from '../schema/json-values';
import { preferenceSchema, type Person } from '../network/person';
import { consentSchema } from './consent';
import { DEFAULT_VI_ADDRESS, VI_ADDRESSES } from './vi-address';
import type { DraftPeople } from './drafts';
import { draftMemorySchema, emptyMemory } from './draft-memory-schema';
import { isoDaySchema } from '../dates/iso-day';
import { partyName, type PartyRef } from './party';
import {
  askerSchema,
  benefitSchema,
  bypassRiskSchema,
  reciprocitySchema,
  sensitivitySchema,
  sharedContextSchema,
  trustAnswerSchema,
  weigherInputSchema,
  type Side,
  type WeigherInput,
} from './weigher-input';
import { cutText } from '../storage/repair-text';

// Lives with the party it names; re-exported for the weigher, which imports it from here.
export { partyName };

/**
 * One side of the weigher while the reader is still answering: who it is may not be chosen yet, and
 * a typed name is kept even while it is empty, so that choosing "someone not on my map" sticks.
 * `preference` is read only for typed names: for someone on the map the map's preference counts.
 * `description` and `viAddress` only shape the draft messages. These answers belong to the person
 * on the side, not to the side: `chooseSide` (draft-memory.ts) swaps them when the person changes.
 */
export const draftSideSchema = object({
  mode: v.fallback(v.picklist(['map', 'typed']), 'map'),
  personId: v.fallback(text(100), ''),
  typedName: v.fallback(text(500), ''),
  preference: v.fallback(preferenceSchema, 'ask'),
  consent: v.fallback(consentSchema, 'not-asked'),
  /** The day the reader set `consent` (asked, or got the answer); '' while not asked. */
  consentDate: v.fallback(v.union([isoDaySchema, v.literal('')]), ''),
  trust: v.fallback(trustAnswerSchema, 'unknown'),
  benefit: v.fallback(benefitSchema, 'unknown'),
  description: v.fallback(text(300), ''),
  viAddress: v.fallback(v.picklist(VI_ADDRESSES), DEFAULT_VI_ADDRESS),
});

export type DraftSide = v.InferOutput<typeof draftSideSchema>;

/**
 * The weigher's answers as the reader leaves them, kept between visits. Every field falls back to
 * its blank value when missing or invalid: this is a scratchpad, and a half-readable one is better
 * than none.
 */
export const weigherDraftSchema = object({
  a: v.fallback(draftSideSchema, () => blankSide()),
  b: v.fallback(draftSideSchema, () => blankSide()),
  asker: v.fallback(askerSchema, 'reader'),
  purpose: v.fallback(text(2000), ''),
  sensitivity: v.fallback(sensitivitySchema, 'unknown'),
  reciprocity: v.fallback(reciprocitySchema, 'unknown'),
  bypassRisk: v.fallback(bypassRiskSchema, 'unknown'),
  benefitReader: v.fallback(benefitSchema, 'unknown'),
  sharedContext: v.fallback(sharedContextSchema, 'unknown'),
  /** The reader's own name, to sign the draft messages. */
  readerName: v.fallback(text(200), ''),
  /** Answers about people and pairs not on the sides right now, for when they come back. */
  memory: v.fallback(draftMemorySchema, () => emptyMemory()),
});

export type WeigherDraft = v.InferOutput<typeof weigherDraftSchema>;

/** A side with nobody chosen and nothing answered. */
export function blankSide(): DraftSide {
  return {
    mode: 'map',
    personId: '',
    typedName: '',
    preference: 'ask',
    consent: 'not-asked',
    consentDate: '',
    trust: 'unknown',
    benefit: 'unknown',
    description: '',
    viAddress: DEFAULT_VI_ADDRESS,
  };
}

/** A weigher with nothing answered. */
export function emptyWeigherDraft(): WeigherDraft {
  return {
    a: blankSide(),
    b: blankSide(),
    asker: 'reader',
    purpose: '',
    sensitivity: 'unknown',
    reciprocity: 'unknown',
    bypassRisk: 'unknown',
    benefitReader: 'unknown',
    sharedContext: 'unknown',
    readerName: '',
    memory: emptyMemory(),
  };
}

/**
 * Who one side of the draft is: a map person who is still on the map, a typed name that is not
 * blank, or null (nobody chosen yet, or the chosen person has since been removed from the map).
 */
export function draftParty(side: DraftSide, people: readonly Person[]): PartyRef | null {
  if (side.mode === 'typed') {
    const name = side.typedName.trim();
    return name === '' ? null : { kind: 'typed', name };
  }
  if (side.personId === '' || !people.some((person) => person.id === side.personId)) return null;
  return { kind: 'person', personId: side.personId };
}

/**
 * The weigher input the draft stands for, or null while it cannot be weighed: a side not chosen,
 * or the same person on both sides. Map people's preferences are read from the map, so a change
 * there ("do not introduce me") changes the verdict at once.
 */
export function draftToInput(draft: WeigherDraft, people: readonly Person[]): WeigherInput | null {
  const side = (which: Side) => {
    const answers = draft[which];
    const party = draftParty(answers, people);
    if (party === null) return null;
    const onMap =
      party.kind === 'person' ? people.find((person) => person.id === party.personId) : undefined;
    return {
      party,
      preference: onMap ? onMap.preference : answers.preference,
      consent: answers.consent,
      trust: answers.trust,
      benefit: answers.benefit,
    };
  };
  const a = side('a');
  const b = side('b');
  if (a === null || b === null) return null;
  const parsed = v.safeParse(weigherInputSchema, {
    a,
    b,
    asker: draft.asker,
    purpose: draft.purpose,
    sensitivity: draft.sensitivity,
    reciprocity: draft.reciprocity,
    bypassRisk: draft.bypassRisk,
    benefitReader: draft.benefitReader,
    sharedContext: draft.sharedContext,
  });
  return parsed.success ? parsed.output : null;
}

/**
 * A draft holding a weigher input (a suggestion from the map, or a logged introduction reopened),
 * keeping the reader's own name. Map people get a description from their position and company,
 * which the drafts use when a name must be left out.
 */
export function draftFromInput(
  input: WeigherInput,
  people: readonly Person[],
  readerName = '',
): WeigherDraft {
  const side = (which: Side): DraftSide => {
    const { party, preference, consent, trust, benefit } = input[which];
    const person =
      party.kind === 'person' ? people.find((item) => item.id === party.personId) : undefined;
    return {
      ...blankSide(),
      mode: party.kind === 'person' ? 'map' : 'typed',
      personId: party.kind === 'person' ? party.personId : '',
      typedName: party.kind === 'typed' ? party.name : '',
      preference,
      consent,
      trust,
      benefit,
      description: person ? describePerson(person) : '',
    };
  };
  return {
    a: side('a'),
    b: side('b'),
    asker: input.asker,
    purpose: input.purpose,
    sensitivity: input.sensitivity,
    reciprocity: input.reciprocity,
    bypassRisk: input.bypassRisk,
    benefitReader: input.benefitReader,
    sharedContext: input.sharedContext,
    readerName: cutText(readerName, 200),
    memory: emptyMemory(),
  };
}

/**
 * A short description of someone from the map, "position, company", for when their name must be
 * left out of a message. Empty when the map knows neither.
 * @example describePerson(lan) // 'Product designer, Tiki'
 */
export function describePerson(person: Person): string {
  return cutText([person.position.trim(), person.company.trim()].filter(Boolean).join(', '), 300);
}

/**
 * What the draft messages need to know about the people in a draft.
 * @param fallback names to use when a side has no name (its label, such as "First person")
 */
export function draftPeopleOf(
  draft: WeigherDraft,
  people: readonly Person[],
  fallback: Record<Side, string>,
): DraftPeople {
  const side = (which: Side) => {
    const party = draftParty(draft[which], people);
    return {
      name: (party && partyName(party, people)) ?? fallback[which],
      description: draft[which].description,
      viAddress: draft[which].viAddress,
    };
  };
  return { a: side('a'), b: side('b'), reader: draft.readerName };
}
