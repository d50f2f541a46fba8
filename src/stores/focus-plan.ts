import {
  addGoal,
  canAddGoal,
  emptyFocusPlan,
  recordCheckIn,
  removeCheckIn,
  removeGoal,
  restoreGoal,
  setReviewDay,
  updateGoal,
  type CheckIn,
  type CheckInInput,
  type FocusPlan,
  type GoalPatch,
  type RemovedGoal,
} from '../lib/answers/focus-plan';
import { focusPlanMigrations, storedFocusPlanSchema } from '../lib/answers/restore-focus-plan';
import { persistentCollection } from './persistence';

/** The reader's focus plan for practice question (d): goals and weekly check-ins. */
export const focusPlan = persistentCollection<FocusPlan>({
  name: 'focus-plan',
  version: 2,
  schema: storedFocusPlanSchema,
  migrations: focusPlanMigrations,
  initial: emptyFocusPlan,
});

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
