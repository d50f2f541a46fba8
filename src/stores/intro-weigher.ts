import { z } from 'zod';
import {
  emptyWeigherDraft,
  weigherDraftSchema,
  type DraftSide,
  type WeigherDraft,
} from '../lib/intro/weigher-draft';
import type { Side } from '../lib/intro/weigher-input';
import { persistentCollection } from './persistence';

/** A saved draft is read leniently (see `weigherDraftSchema`); anything but an object is damage. */
const storedDraftSchema = z
  .record(z.string(), z.unknown())
  .transform((raw): WeigherDraft => weigherDraftSchema.parse(raw));

/**
 * The weigher's answers in progress, kept so that leaving the page never loses them. Each change
 * is saved at once: the draft is small, and a reader who closes the tab mid-answer keeps it all.
 */
export const weigherDraft = persistentCollection<WeigherDraft>({
  name: 'intro-weigher',
  version: 1,
  schema: storedDraftSchema,
  initial: emptyWeigherDraft,
});

/** The answers about the introduction as a whole (everything but the two sides). */
export type DraftAnswers = Partial<Omit<WeigherDraft, 'a' | 'b'>>;

/** Changes answers about the introduction as a whole. */
export function setDraftAnswers(patch: DraftAnswers): void {
  weigherDraft.set({ ...weigherDraft.get(), ...patch });
}

/** Changes the answers about one side. */
export function setDraftSide(side: Side, patch: Partial<DraftSide>): void {
  const draft = weigherDraft.get();
  weigherDraft.set({ ...draft, [side]: { ...draft[side], ...patch } });
}

/** Replaces the whole draft (a suggestion loaded, or undo of "clear"). */
export function replaceDraft(draft: WeigherDraft): void {
  weigherDraft.set(draft);
}

/** Clears every answer and returns the old draft, for undo. */
export function clearDraft(): WeigherDraft {
  const old = weigherDraft.get();
  weigherDraft.set(emptyWeigherDraft());
  return old;
}
