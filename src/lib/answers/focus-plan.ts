import * as v from 'valibot';
import { isoDateSchema } from '../dates/iso-date';
import { filledText, text } from '../schema/text';
import { int, object } from '../schema/json-values';
import { isoWeekSchema } from '../dates/iso-week';
import { cutText } from '../storage/repair-text';

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

/**
 * A new plan with an empty goal `id` at the end. Throws when the plan already has `MAX_GOALS`
 * goals or the id is taken.
 */
export function addGoal(plan: FocusPlan, id: string): FocusPlan {
  if (!canAddGoal(plan)) {
    throw new Error(`answers/addGoal: a focus plan holds at most ${MAX_GOALS} goals`);
  }
  if (plan.goals.some((goal) => goal.id === id)) {
    throw new Error(`answers/addGoal: goal ${id} already exists`);
  }
  const goal = v.parse(goalSchema, { id, platform: '', minutesPerWeek: null, offer: '' });
  return { ...plan, goals: [...plan.goals, goal] };
}

/** The fields of a goal the reader can change. */
export type GoalPatch = Partial<Omit<Goal, 'id'>>;

/**
 * A new plan with goal `id` changed by `patch`. Text beyond its limit is cut; a budget outside
 * 0 … `MINUTES_IN_WEEK` is clamped and rounded. Throws when the goal does not exist.
 */
export function updateGoal(plan: FocusPlan, id: string, patch: GoalPatch): FocusPlan {
  const index = plan.goals.findIndex((goal) => goal.id === id);
  const current = plan.goals[index];
  if (current === undefined) throw new Error(`answers/updateGoal: goal ${id} does not exist`);
  const budget = patch.minutesPerWeek === undefined ? current.minutesPerWeek : patch.minutesPerWeek;
  const purpose = patch.purpose ?? current.purpose;
  const goal: Goal = {
    id,
    ...(purpose === undefined ? {} : { purpose: cutText(purpose, MAX_PURPOSE) }),
    platform: cutText(patch.platform ?? current.platform, 200),
    minutesPerWeek: budget === null ? null : clampMinutes(budget),
    offer: cutText(patch.offer ?? current.offer, 2000),
  };
  return { ...plan, goals: plan.goals.map((existing, at) => (at === index ? goal : existing)) };
}

/** Whole minutes between 0 and a week; NaN and infinities become 0. */
export function clampMinutes(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(MINUTES_IN_WEEK, Math.max(0, Math.round(value)));
}

/** A goal taken out of the plan, with its place, so that undo can put it back. */
export interface RemovedGoal {
  goal: Goal;
  index: number;
}

/** A new plan without goal `id`, and what was removed. Throws when the goal does not exist. */
export function removeGoal(plan: FocusPlan, id: string): { plan: FocusPlan; removed: RemovedGoal } {
  const index = plan.goals.findIndex((goal) => goal.id === id);
  const goal = plan.goals[index];
  if (goal === undefined) throw new Error(`answers/removeGoal: goal ${id} does not exist`);
  return {
    plan: { ...plan, goals: plan.goals.filter((_, at) => at !== index) },
    removed: { goal, index },
  };
}

/**
 * Undo of `removeGoal`: the goal goes back in its place. Returns the plan unchanged when the goal
 * is already there, or when the plan has since filled up (the caller says so).
 */
export function restoreGoal(plan: FocusPlan, removed: RemovedGoal): FocusPlan {
  if (plan.goals.some((goal) => goal.id === removed.goal.id) || !canAddGoal(plan)) return plan;
  const at = Math.min(Math.max(0, removed.index), plan.goals.length);
  return { ...plan, goals: [...plan.goals.slice(0, at), removed.goal, ...plan.goals.slice(at)] };
}

/**
 * A new plan with the check-in recorded: one check-in per week, so a second one for the same week
 * replaces the first (returned as `replaced`, for undo). Throws when the input is not a valid
 * check-in, or the plan already holds `MAX_CHECK_INS` weeks.
 */
export function recordCheckIn(
  plan: FocusPlan,
  input: CheckInInput,
): { plan: FocusPlan; replaced: CheckIn | undefined } {
  const parsed = v.safeParse(checkInSchema, input);
  if (!parsed.success) {
    throw new Error(`answers/recordCheckIn: invalid check-in: ${v.summarize(parsed.issues)}`);
  }
  const checkIn = parsed.output;
  const replaced = plan.checkIns.find((existing) => existing.week === checkIn.week);
  if (replaced === undefined && plan.checkIns.length >= MAX_CHECK_INS) {
    throw new Error(`answers/recordCheckIn: a plan holds at most ${MAX_CHECK_INS} check-ins`);
  }
  const others = plan.checkIns.filter((existing) => existing.week !== checkIn.week);
  return { plan: { ...plan, checkIns: [...others, checkIn] }, replaced };
}

/** A new plan without the check-in of `week`, and the check-in removed (undefined if none). */
export function removeCheckIn(
  plan: FocusPlan,
  week: string,
): { plan: FocusPlan; removed: CheckIn | undefined } {
  const removed = plan.checkIns.find((checkIn) => checkIn.week === week);
  return { plan: { ...plan, checkIns: plan.checkIns.filter((c) => c.week !== week) }, removed };
}

/** The check-ins, latest week first (ISO weeks sort as text). */
export function checkInsNewestFirst(plan: FocusPlan): CheckIn[] {
  return [...plan.checkIns].sort((x, y) => (x.week < y.week ? 1 : x.week > y.week ? -1 : 0));
}

/**
 * A new plan with its review day set, or cleared with `undefined`. Throws when `day` is not a
 * calendar day (YYYY-MM-DD).
 */
export function setReviewDay(plan: FocusPlan, day: string | undefined): FocusPlan {
  const { reviewOn: _previous, ...rest } = plan;
  if (day === undefined || day === '') return rest;
  if (!v.safeParse(isoDateSchema, day).success) {
    throw new Error(`answers/setReviewDay: "${day}" is not a day (YYYY-MM-DD)`);
  }
  return { ...rest, reviewOn: day };
}
