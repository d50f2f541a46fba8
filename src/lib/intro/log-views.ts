import * as v from 'valibot';
import { daysBetween, isoDaySchema, type IsoDay } from '../dates/iso-day';
import type { IntroductionLog, IntroductionRecord } from './introduction-record';

/** Code-unit order: the same in every locale, and right for YYYY-MM-DD days. */
const compareText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** A follow-up to do, with how many days remain (negative once it is overdue). */
export interface FollowUpItem {
  record: IntroductionRecord;
  followUp: IsoDay;
  daysUntil: number;
  overdue: boolean;
}

/**
 * The follow-ups still to do: records with a follow-up date whose outcome is still pending, overdue
 * ones included (they need attention most). Soonest first; ties by introduction date, then id, so the
 * order never depends on how the log happens to be stored.
 * @param today the reader's local day as YYYY-MM-DD (the caller knows the time zone; lib does not)
 */
export function upcomingFollowUps(log: IntroductionLog, today: IsoDay): FollowUpItem[] {
  if (!v.safeParse(isoDaySchema, today).success) {
    throw new Error(`intro/upcomingFollowUps: today must be a day as YYYY-MM-DD, got ${today}`);
  }
  const items: FollowUpItem[] = [];
  for (const record of log) {
    if (record.followUp === undefined || record.outcome !== 'pending') continue;
    const daysUntil = daysBetween(today, record.followUp);
    items.push({ record, followUp: record.followUp, daysUntil, overdue: daysUntil < 0 });
  }
  return items.sort(
    (x, y) =>
      x.daysUntil - y.daysUntil ||
      compareText(x.record.date, y.record.date) ||
      compareText(x.record.id, y.record.id),
  );
}

/**
 * The reader's record of introductions that led somewhere: those the reader made (`given`) with a
 * good outcome, most recent first.
 */
export function successfulIntroductions(log: IntroductionLog): IntroductionRecord[] {
  return log
    .filter((record) => record.direction === 'given' && record.outcome === 'good')
    .sort((x, y) => compareText(y.date, x.date) || compareText(x.id, y.id));
}
