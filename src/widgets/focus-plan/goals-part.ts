/*
 * What the focus plan shows only once it has a goal: the goals' fieldsets, with their editing,
 * and the review day and weekly time under the "add a goal" button. Fetched as one part
 * (FocusPlan) when there is a goal, or on the first sign the reader is about to act in the plan.
 */
import PlanGoals from './PlanGoals.svelte';
import PlanReview from './PlanReview.svelte';

export default { PlanGoals, PlanReview };
