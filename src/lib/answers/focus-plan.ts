import * as v from 'valibot';
import { isoDateSchema } from '../dates/iso-date';
import { filledText, text } from '../schema/text';
import { int, object } from '../schema/json-values';
import { isoWeekSchema } from '../dates/iso-week';

/** A short plan the reader follows beats a long one they abandon: three goals at most. */
export const MAX_GOALS = 3;
/** Minutes in a week: no budget or check-in can be larger. */
export const MINUTES_IN_WEEK = 7 * 24 * 60;
/** Ten years of weekly check-ins. */
export const MAX_CHECK_INS = 520;

const minutes = v.pipe(int(), v.minValue(0), v.maxValue(MINUTES_IN_WEEK));

/** Longest purpose a goal can state. */
export const MAX_PURPOSE = 1000;

/**
 * One goal for using a wider social network, as lesson 4 lays it out: what for (`purpose`, since
 * version 2), on which channels (`platform`), how much time a week (`minutesPerWeek`, null until the
 * reader sets it) and the helpful act the reader will do for others each week (`offer`).
 * `platform` and `offer` keep their version-1 names so that a stored plan reads unchanged.
 */
export const goalSchema = object({
  id: filledText(100),
  purpose: v.optional(text(MAX_PURPOSE)),
  platform: text(200),
  minutesPerWeek: v.nullable(minutes),
  offer: text(2000),
});

export type Goal = v.InferOutput<typeof goalSchema>;

/** One weekly check-in: the time spent, and whether the reader connected someone who needed help. */
export const checkInSchema = object({
  week: isoWeekSchema,
  minutes,
  connected: v.boolean(),
  note: text(2000),
});

export type CheckIn = v.InferOutput<typeof checkInSchema>;
/** What a caller gives to record a check-in; `week` may be a day, turned into its ISO week. */
export type CheckInInput = v.InferInput<typeof checkInSchema>;

/**
 * The reader's focus plan for question (d). `unreadable` keeps, untouched, saved items that could
 * not be read back (see `restoreFocusPlan`), so that saving again never erases them.
 */
export const focusPlanSchema = object({
  goals: v.pipe(v.array(goalSchema), v.maxLength(MAX_GOALS)),
  /** The day the reader will sit down and review the plan (YYYY-MM-DD; since version 2). */
  reviewOn: v.optional(isoDateSchema),
  checkIns: v.pipe(v.array(checkInSchema), v.maxLength(MAX_CHECK_INS)),
  unreadable: v.array(v.unknown()),
});

export type FocusPlan = v.InferOutput<typeof focusPlanSchema>;

/** A plan with no goal and no check-in. */
export function emptyFocusPlan(): FocusPlan {
  return { goals: [], checkIns: [], unreadable: [] };
}

/** Whether another goal can be added. */
export function canAddGoal(plan: FocusPlan): boolean {
  return plan.goals.length < MAX_GOALS;
}

/** The check-ins, latest week first (ISO weeks sort as text). */
export function checkInsNewestFirst(plan: FocusPlan): CheckIn[] {
  return [...plan.checkIns].sort((x, y) => (x.week < y.week ? 1 : x.week > y.week ? -1 : 0));
}

/** Whole minutes between 0 and a week; NaN and infinities become 0. */
export function clampMinutes(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(MINUTES_IN_WEEK, Math.max(0, Math.round(value)));
}
