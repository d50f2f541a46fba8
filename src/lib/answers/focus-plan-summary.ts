import type { FocusPlan } from './focus-plan';

/** What the reader's check-ins add up to, against the time they budgeted. */
export interface FocusPlanSummary {
  /** Goals with at least a purpose, a channel, a budget or a helpful act filled in. */
  goals: number;
  /** The sum of the goals' weekly budgets, or null when no goal has one. */
  weeklyBudget: number | null;
  checkIns: number;
  /** Average minutes per checked-in week, or null with no check-in. */
  averageMinutes: number | null;
  /** Weeks over the weekly budget (none when there is no budget). */
  weeksOverBudget: number;
  /** Weeks in which the reader connected someone with a person who could help. */
  weeksConnected: number;
}

/**
 * Sums up a focus plan for the check-in panel and the worksheet.
 * @example summarizeFocusPlan({ goals: [{ minutesPerWeek: 60, … }], checkIns: [{ minutes: 90, connected: true, … }], … })
 *   // { goals: 1, weeklyBudget: 60, checkIns: 1, averageMinutes: 90, weeksOverBudget: 1, weeksConnected: 1 }
 */
export function summarizeFocusPlan(plan: FocusPlan): FocusPlanSummary {
  const budgets = plan.goals.flatMap((goal) =>
    goal.minutesPerWeek === null ? [] : [goal.minutesPerWeek],
  );
  const weeklyBudget = budgets.length === 0 ? null : budgets.reduce((sum, m) => sum + m, 0);
  const total = plan.checkIns.reduce((sum, checkIn) => sum + checkIn.minutes, 0);
  return {
    goals: plan.goals.filter(
      (goal) =>
        (goal.purpose ?? '').trim() !== '' ||
        goal.platform.trim() !== '' ||
        goal.offer.trim() !== '' ||
        goal.minutesPerWeek !== null,
    ).length,
    weeklyBudget,
    checkIns: plan.checkIns.length,
    averageMinutes: plan.checkIns.length === 0 ? null : total / plan.checkIns.length,
    weeksOverBudget:
      weeklyBudget === null ? 0 : plan.checkIns.filter((c) => c.minutes > weeklyBudget).length,
    weeksConnected: plan.checkIns.filter((checkIn) => checkIn.connected).length,
  };
}

/** Whether the reader has put anything at all in the plan (the worksheet leaves out an empty one). */
export function focusPlanIsEmpty(plan: FocusPlan): boolean {
  return (
    summarizeFocusPlan(plan).goals === 0 &&
    plan.checkIns.length === 0 &&
    plan.reviewOn === undefined
  );
}
