import { canAddGoal, type CheckIn, type CheckInInput } from '../lib/answers/focus-plan';
import {
  addGoal,
  recordCheckIn,
  removeCheckIn,
  removeGoal,
  restoreGoal,
  setReviewDay,
  updateGoal,
  type GoalPatch,
  type RemovedGoal,
} from '../lib/answers/focus-plan-edits';
import { focusPlan } from './focus-plan';

/* What the reader does to their focus plan; the plan itself is in focus-plan.ts. */

function newGoalId(): string {
  return `g-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/** Adds an empty goal and returns its id, or undefined when the plan already has three. */
export function addFocusGoal(): string | undefined {
  const plan = focusPlan.get();
  if (!canAddGoal(plan)) return undefined;
  const id = newGoalId();
  focusPlan.set(addGoal(plan, id));
  return id;
}

/**
 * Changes one goal. Returns false, changing nothing, when the goal is gone (removed in another tab
 * while this one still had a change waiting to be saved).
 */
export function updateFocusGoal(id: string, patch: GoalPatch): boolean {
  const plan = focusPlan.get();
  if (!plan.goals.some((goal) => goal.id === id)) return false;
  focusPlan.set(updateGoal(plan, id, patch));
  return true;
}

/** Removes a goal; keep what is returned to undo. Undefined when the goal is already gone. */
export function removeFocusGoal(id: string): RemovedGoal | undefined {
  const plan = focusPlan.get();
  if (!plan.goals.some((goal) => goal.id === id)) return undefined;
  const result = removeGoal(plan, id);
  focusPlan.set(result.plan);
  return result.removed;
}

/** Puts a removed goal back; false when there is no room for it any more. */
export function undoRemoveFocusGoal(removed: RemovedGoal): boolean {
  const plan = focusPlan.get();
  const restored = restoreGoal(plan, removed);
  if (restored !== plan) focusPlan.set(restored);
  return restored.goals.some((goal) => goal.id === removed.goal.id);
}

/** Records a weekly check-in; returns the check-in it replaced for the same week, if any. */
export function saveCheckIn(input: CheckInInput): CheckIn | undefined {
  const { plan, replaced } = recordCheckIn(focusPlan.get(), input);
  focusPlan.set(plan);
  return replaced;
}

/** Removes the check-in of a week; returns it, to undo. */
export function deleteCheckIn(week: string): CheckIn | undefined {
  const { plan, removed } = removeCheckIn(focusPlan.get(), week);
  if (removed !== undefined) focusPlan.set(plan);
  return removed;
}

/** Sets the day the reader will review the plan, or clears it with an empty value. */
export function setFocusReviewDay(day: string | undefined): void {
  focusPlan.set(setReviewDay(focusPlan.get(), day));
}
