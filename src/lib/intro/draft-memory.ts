import type { Person } from '../network/person';
import { sharedContextOf } from './candidate';
import {
  type DraftMemory,
  type PairMemory,
  type PartyInPair,
  type PersonMemory,
} from './draft-memory-schema';
import type { IsoDay } from '../dates/iso-day';
import { partyKey } from './party';
import {
  blankSide,
  describePerson,
  draftFromInput,
  draftParty,
  type DraftSide,
  type WeigherDraft,
} from './weigher-draft';
import { otherSide, SIDES, type Side, type WeigherInput } from './weigher-input';

/*
 * Answers belong to people, not to sides. Whatever the reader said about Tuấn (asked, said yes,
 * trust, how to address him) must never be shown for Minh because Minh took Tuấn's place. So when a
 * side changes, the answers on the sides are remembered under the person (and the pair) they were
 * given about, and the new person's answers come from what was said about *them* before, or from the
 * map, or start blank.
 */

/** How many people and pairs are remembered; the oldest are forgotten first. */
const MAX_REMEMBERED = 200;

/** Who is on a side. */
export type SideChoice = Pick<DraftSide, 'mode' | 'personId' | 'typedName'>;

/** The answers about the introduction as a whole, which belong to the pair. */
type PairAnswers = Pick<
  WeigherDraft,
  | 'purpose'
  | 'asker'
  | 'sensitivity'
  | 'reciprocity'
  | 'bypassRisk'
  | 'benefitReader'
  | 'sharedContext'
>;

const BLANK_PARTY: PartyInPair = { consent: 'not-asked', consentDate: '', benefit: 'unknown' };
const BLANK_PAIR: PairAnswers = {
  purpose: '',
  asker: 'reader',
  sensitivity: 'unknown',
  reciprocity: 'unknown',
  bypassRisk: 'unknown',
  benefitReader: 'unknown',
  sharedContext: 'unknown',
};

/** The key of the person on a side, or null when nobody (or nobody still on the map) is there. */
export function sideKey(side: DraftSide, people: readonly Person[]): string | null {
  const party = draftParty(side, people);
  return party ? partyKey(party) : null;
}

/** One key for a pair, whichever side each person is on. */
export function pairKey(a: string, b: string): string {
  return [a, b].sort().join('|');
}

function currentPair(draft: WeigherDraft, people: readonly Person[]) {
  const a = sideKey(draft.a, people);
  const b = sideKey(draft.b, people);
  return a !== null && b !== null && a !== b ? { a, b, key: pairKey(a, b) } : null;
}

/** `record` with `key` set to `value` as its newest entry, the oldest dropped past the cap. */
function keepNewest<T>(record: Record<string, T>, key: string, value: T): Record<string, T> {
  const entries = Object.entries(record).filter(([known]) => known !== key);
  entries.push([key, value]);
  return Object.fromEntries(entries.slice(-MAX_REMEMBERED));
}

const personPart = ({ preference, trust, description, viAddress }: DraftSide): PersonMemory => ({
  preference,
  trust,
  description,
  viAddress,
});
const partyPart = ({ consent, consentDate, benefit }: DraftSide): PartyInPair => ({
  consent,
  consentDate,
  benefit,
});

/** The memory with the answers now on the sides written in, under their people and pair. */
export function remember(draft: WeigherDraft, people: readonly Person[]): DraftMemory {
  let known = draft.memory.people;
  for (const side of SIDES) {
    const key = sideKey(draft[side], people);
    if (key !== null) known = keepNewest(known, key, personPart(draft[side]));
  }
  const pair = currentPair(draft, people);
  if (pair === null) return { people: known, pairs: draft.memory.pairs };
  const { purpose, sensitivity, reciprocity, bypassRisk, benefitReader, sharedContext } = draft;
  const memory: PairMemory = {
    purpose,
    asker: draft.asker === 'reader' ? 'reader' : pair[draft.asker],
    sensitivity,
    reciprocity,
    bypassRisk,
    benefitReader,
    sharedContext,
    parties: { [pair.a]: partyPart(draft.a), [pair.b]: partyPart(draft.b) },
  };
  return { people: known, pairs: keepNewest(draft.memory.pairs, pair.key, memory) };
}

/** The side with `choice` on it and that person's answers: remembered, from the map, or blank. */
function recallPerson(
  choice: SideChoice,
  memory: DraftMemory,
  people: readonly Person[],
): DraftSide {
  const side = { ...blankSide(), ...choice };
  const key = sideKey(side, people);
  const known = key === null ? undefined : memory.people[key];
  if (known) return { ...side, ...known };
  const onMap = side.mode === 'map' ? people.find((item) => item.id === side.personId) : undefined;
  return onMap ? { ...side, trust: onMap.trust, description: describePerson(onMap) } : side;
}

/** The pair's remembered answers put back on a draft whose sides hold that pair. */
function recallPair(
  draft: WeigherDraft,
  known: PairMemory,
  pair: { a: string; b: string },
): WeigherDraft {
  const { parties, asker, ...answers } = known;
  const askerSide: WeigherDraft['asker'] =
    asker === pair.a ? 'a' : asker === pair.b ? 'b' : 'reader';
  return {
    ...draft,
    ...answers,
    asker: askerSide,
    a: { ...draft.a, ...(parties[pair.a] ?? BLANK_PARTY) },
    b: { ...draft.b, ...(parties[pair.b] ?? BLANK_PARTY) },
  };
}

/** What the map says about a new pair's shared context, or unknown. */
function sharedFromMap(
  draft: WeigherDraft,
  people: readonly Person[],
): PairAnswers['sharedContext'] {
  const onMap = (side: DraftSide) =>
    side.mode === 'map' ? people.find((person) => person.id === side.personId) : undefined;
  const a = onMap(draft.a);
  const b = onMap(draft.b);
  return a && b && a.id !== b.id ? sharedContextOf(a, b) : 'unknown';
}

/**
 * Puts `choice` on `side`. The answers about whoever leaves are remembered; the newcomer brings
 * their own. The answers about the introduction (purpose, whose idea, consent to it…) belong to the
 * pair: a pair seen before gets its answers back, a new pair starts blank. One exception: answers
 * given while the side was still empty were given for the pair being formed, so they stay.
 */
export function chooseSide(
  draft: WeigherDraft,
  side: Side,
  picked: SideChoice,
  people: readonly Person[],
): WeigherDraft {
  // Only who it is: anything else a caller passes along must not ride in with the newcomer.
  const { mode, personId, typedName } = picked;
  const choice: SideChoice = { mode, personId, typedName };
  const before = sideKey(draft[side], people);
  const after = sideKey({ ...draft[side], ...choice }, people);
  if (before !== null && before === after)
    return { ...draft, [side]: { ...draft[side], ...choice } };
  const memory = remember(draft, people);
  const moved: WeigherDraft = { ...draft, memory, [side]: recallPerson(choice, memory, people) };
  const pair = currentPair(moved, people);
  const known = pair ? memory.pairs[pair.key] : undefined;
  if (pair && known) return recallPair(moved, known, pair);
  const other = otherSide(side);
  const fresh: WeigherDraft =
    before === null
      ? moved
      : { ...moved, ...BLANK_PAIR, [other]: { ...moved[other], ...BLANK_PARTY } };
  return fresh.sharedContext === 'unknown'
    ? { ...fresh, sharedContext: sharedFromMap(fresh, people) }
    : fresh;
}

/**
 * Changes answers about the person on one side. Setting their consent dates it: the day they were
 * asked, or the day they answered. Going back to "not asked" removes the date.
 */
export function answerSide(
  draft: WeigherDraft,
  side: Side,
  patch: Partial<Omit<DraftSide, keyof SideChoice | 'consentDate'>>,
  today: IsoDay,
): WeigherDraft {
  const current = draft[side];
  const dated =
    patch.consent !== undefined && patch.consent !== current.consent
      ? { consentDate: patch.consent === 'not-asked' ? '' : today }
      : {};
  return { ...draft, [side]: { ...current, ...patch, ...dated } };
}

/**
 * A draft holding a weigher input (a suggestion from the map), with everything the reader already
 * said about these people and this pair put back, and the rest of the memory kept.
 */
export function loadInput(
  draft: WeigherDraft,
  input: WeigherInput,
  people: readonly Person[],
): WeigherDraft {
  const memory = remember(draft, people);
  const loaded = draftFromInput(input, people, draft.readerName);
  const withPeople: WeigherDraft = { ...loaded, memory };
  for (const side of SIDES) {
    const key = sideKey(loaded[side], people);
    const known = key === null ? undefined : memory.people[key];
    if (known) withPeople[side] = { ...loaded[side], ...known };
  }
  const pair = currentPair(withPeople, people);
  const known = pair ? memory.pairs[pair.key] : undefined;
  return pair && known ? recallPair(withPeople, known, pair) : withPeople;
}
