import * as v from 'valibot';
import { isoWeekOf } from '../dates/iso-week';
import type { FocusPlan } from '../answers/focus-plan';
import { summarizeFocusPlan } from '../answers/focus-plan-summary';
import { daysBetween, isoDaySchema, type IsoDay } from '../dates/iso-day';
import type { IntroductionLog, IntroductionRecord } from '../intro/introduction-record';
import { upcomingFollowUps } from '../intro/log-views';
import type { Progress } from '../lessons/progress';

/** How far ahead the home page looks: a week, so that nothing due comes as a surprise. */
export const DUE_HORIZON_DAYS = 7;

/** One thing the home page reminds the reader of; `key` is stable, for lists and calendar UIDs. */
export type DueItem =
  | { kind: 'follow-up'; key: string; day: IsoDay; daysUntil: number; record: IntroductionRecord }
  | { kind: 'review'; key: 'review'; day: IsoDay; daysUntil: number }
  | { kind: 'check-in'; key: string; day: IsoDay; daysUntil: 0 }
  | { kind: 'lesson'; key: string; day: IsoDay; daysUntil: 0; lessonId: string };

/** What the due list is made from: the reader's saved work and their own calendar day. */
export interface DueInput {
  log: IntroductionLog;
  plan: FocusPlan;
  progress: Progress;
  /** The lessons in reading order. */
  lessonIds: readonly string[];
  /** The reader's local day, YYYY-MM-DD. */
  today: IsoDay;
  horizonDays?: number;
}

/**
 * What is due now or within the horizon, most pressing first: the introduction log's pending
 * follow-ups (overdue ones included), the focus plan's review day and this week's check-in (when
 * the plan has a goal and the week has none yet), then the lessons opened but not finished.
 * @example dueList({ log, plan, progress, lessonIds, today: '2026-12-04' })[0]
 *   // { kind: 'follow-up', day: '2026-12-04', daysUntil: 0, … }
 */
export function dueList(input: DueInput): DueItem[] {
  const { log, plan, progress, lessonIds, today } = input;
  if (!v.safeParse(isoDaySchema, today).success) {
    throw new Error(`reminders/dueList: today must be a day as YYYY-MM-DD, got ${today}`);
  }
  const horizon = input.horizonDays ?? DUE_HORIZON_DAYS;
  const dated: DueItem[] = upcomingFollowUps(log, today)
    .filter((item) => item.daysUntil <= horizon)
    .map((item) => ({
      kind: 'follow-up',
      key: `follow-up-${item.record.id}`,
      day: item.followUp,
      daysUntil: item.daysUntil,
      record: item.record,
    }));

  if (plan.reviewOn !== undefined) {
    const daysUntil = daysBetween(today, plan.reviewOn);
    if (daysUntil <= horizon)
      dated.push({ kind: 'review', key: 'review', day: plan.reviewOn, daysUntil });
  }
  const week = isoWeekOf(today);
  if (
    week !== undefined &&
    summarizeFocusPlan(plan).goals > 0 &&
    !plan.checkIns.some((checkIn) => checkIn.week === week)
  ) {
    dated.push({ kind: 'check-in', key: `check-in-${week}`, day: today, daysUntil: 0 });
  }
  // Stable: equal days keep the order above (follow-ups, review, check-in).
  dated.sort((x, y) => x.daysUntil - y.daysUntil);

  const lessons: DueItem[] = lessonIds
    .filter((id) => Object.hasOwn(progress.visited, id) && !Object.hasOwn(progress.done, id))
    .map((lessonId) => ({
      kind: 'lesson',
      key: `lesson-${lessonId}`,
      day: today,
      daysUntil: 0,
      lessonId,
    }));
  return [...dated, ...lessons];
}
