import { z } from 'zod';
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

/** A saved draft is read leniently (see `weigherDraftSchema`); anything but an object is damage. */
const storedDraftSchema = z
  .record(z.string(), z.unknown())
  .transform((raw): WeigherDraft => weigherDraftSchema.parse(raw));

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

/** The answers about the introduction as a whole (everything but the two sides and the memory). */
export type DraftAnswers = Partial<Omit<WeigherDraft, 'a' | 'b' | 'memory'>>;

/** Changes answers about the introduction as a whole. */
export function setDraftAnswers(patch: DraftAnswers): void {
  weigherDraft.set({ ...weigherDraft.get(), ...patch });
}

/** Puts someone else (or nobody) on a side; answers stay with the people they are about. */
export function setDraftPerson(side: Side, choice: SideChoice, people: readonly Person[]): void {
  weigherDraft.set(chooseSide(weigherDraft.get(), side, choice, people));
}

/** Changes the answers about the person on one side; a consent answer is dated `today`. */
export function setDraftSide(
  side: Side,
  patch: Partial<Omit<DraftSide, keyof SideChoice | 'consentDate'>>,
  today: IsoDay,
): void {
  weigherDraft.set(answerSide(weigherDraft.get(), side, patch, today));
}

/** Loads a suggested pair, with what was said before about these people and this pair. */
export function loadDraftInput(input: WeigherInput, people: readonly Person[]): void {
  weigherDraft.set(loadInput(weigherDraft.get(), input, people));
}

/** Replaces the whole draft (undo of "clear"). */
export function replaceDraft(draft: WeigherDraft): void {
  weigherDraft.set(draft);
}

/** Clears every answer and returns the old draft, for undo. */
export function clearDraft(): WeigherDraft {
  const old = weigherDraft.get();
  weigherDraft.set(emptyWeigherDraft());
  return old;
}
