import * as v from 'valibot';
import { isoDateSchema } from '../dates/iso-date';
import { cutText } from '../storage/repair-text';
import {
  MAX_CHECK_INS,
  MAX_GOALS,
  MAX_PURPOSE,
  canAddGoal,
  clampMinutes,
  checkInSchema,
  goalSchema,
  type CheckIn,
  type CheckInInput,
  type FocusPlan,
  type Goal,
} from './focus-plan';

/*
 * The changes a reader makes to their focus plan, apart from the plan itself (focus-plan.ts):
 * the worksheet and the due list read the plan on every page they are on; only the plan's own
 * exercise changes it.
 */

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
