import * as v from 'valibot';
import { record } from '../lib/schema/json-values';
import type { IsoDay } from '../lib/dates/iso-day';
import { answerSide, chooseSide, loadInput, type SideChoice } from '../lib/intro/draft-memory';
import { migrateWeigherDraftV1 } from '../lib/intro/weigher-draft-migration';
import {
  emptyWeigherDraft,
  weigherDraftSchema,
  type DraftSide,
  type WeigherDraft,
} from '../lib/intro/weigher-draft';
import type { Side, WeigherInput } from '../lib/intro/weigher-input';
import type { Person } from '../lib/network/person';
import { persistentCollection } from './persistence';
import { routeThroughSample } from './sample-mode';

/** A saved draft is read leniently (see `weigherDraftSchema`); anything but an object is damage. */
const storedDraftSchema = v.pipe(
  record(v.string(), v.unknown()),
  v.transform((raw): WeigherDraft => v.parse(weigherDraftSchema, raw)),
);

/**
 * The weigher's answers in progress, kept so that leaving the page never loses them. Each change
 * is saved at once: the draft is small, and a reader who closes the tab mid-answer keeps it all.
 * Version 2 keeps answers by person and pair (see draft-memory.ts) and dates each consent.
 */
export const weigherDraft = persistentCollection<WeigherDraft>({
  name: 'intro-weigher',
  version: 2,
  schema: storedDraftSchema,
  migrations: { 1: migrateWeigherDraftV1 },
  initial: emptyWeigherDraft,
});

/**
 * Where the weigher's answers go: the reader's draft, or while the sample network is on screen a
 * blank in-memory draft about the sample's people (sample-mode.ts). Every action below writes
 * through `draft()`.
 */
const draftRoute = routeThroughSample(weigherDraft, () => emptyWeigherDraft());
const draft = draftRoute.target;

/** The draft on screen: the reader's own, or the sample's while they explore it. Read-only. */
export const draftOnScreen = draftRoute.shown;

/** The answers about the introduction as a whole (everything but the two sides and the memory). */
export type DraftAnswers = Partial<Omit<WeigherDraft, 'a' | 'b' | 'memory'>>;

/** Changes answers about the introduction as a whole. */
export function setDraftAnswers(patch: DraftAnswers): void {
  const store = draft();
  store.set({ ...store.get(), ...patch });
}

/** Puts someone else (or nobody) on a side; answers stay with the people they are about. */
export function setDraftPerson(side: Side, choice: SideChoice, people: readonly Person[]): void {
  const store = draft();
  store.set(chooseSide(store.get(), side, choice, people));
}

/** Changes the answers about the person on one side; a consent answer is dated `today`. */
export function setDraftSide(
  side: Side,
  patch: Partial<Omit<DraftSide, keyof SideChoice | 'consentDate'>>,
  today: IsoDay,
): void {
  const store = draft();
  store.set(answerSide(store.get(), side, patch, today));
}

/** Loads a suggested pair, with what was said before about these people and this pair. */
export function loadDraftInput(input: WeigherInput, people: readonly Person[]): void {
  const store = draft();
  store.set(loadInput(store.get(), input, people));
}

/** Replaces the whole draft (undo of "clear"). */
export function replaceDraft(replacement: WeigherDraft): void {
  draft().set(replacement);
}

/** Clears every answer and returns the old draft, for undo. */
export function clearDraft(): WeigherDraft {
  const store = draft();
  const old = store.get();
  store.set(emptyWeigherDraft());
  return old;
}
