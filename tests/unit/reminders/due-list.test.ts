import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { emptyFocusPlan, type FocusPlan } from '../../../src/lib/answers/focus-plan';
import type { IntroductionRecord } from '../../../src/lib/intro/introduction-record';
import { introductionRecordSchema } from '../../../src/lib/intro/introduction-record';
import { emptyProgress } from '../../../src/lib/lessons/progress';
import { dueList } from '../../../src/lib/reminders/due-list';

const today = '2026-12-04'; // a Friday, in ISO week 2026-W49
const lessonIds = ['network-as-resource', 'where-networks-grow', 'practice'];

function record(id: string, followUp: string | undefined, outcome = 'pending'): IntroductionRecord {
  return v.parse(introductionRecordSchema, {
    id,
    personA: { kind: 'typed', name: 'Nguyễn Văn Anh' },
    personB: { kind: 'typed', name: 'Nguyễn Văn Anh' },
    date: '2026-11-20',
    ...(followUp === undefined ? {} : { followUp }),
    outcome,
  });
}

const planWithGoal: FocusPlan = {
  ...emptyFocusPlan(),
  goals: [{ id: 'g1', platform: 'Zalo', minutesPerWeek: 60, offer: '' }],
};

describe('dueList', () => {
  it('lists a follow-up due today, one overdue and one in five days, soonest first', () => {
    const log = [
      record('r-soon', '2026-12-09'),
      record('r-today', today),
      record('r-late', '2026-12-01'),
    ];
    const items = dueList({
      log,
      plan: emptyFocusPlan(),
      progress: emptyProgress(),
      lessonIds,
      today,
    });
    expect(items.map((item) => [item.key, item.daysUntil])).toEqual([
      ['follow-up-r-late', -3],
      ['follow-up-r-today', 0],
      ['follow-up-r-soon', 5],
    ]);
  });

  it('leaves out follow-ups beyond a week, without a date, or already settled', () => {
    const log = [
      record('far', '2026-12-30'),
      record('none', undefined),
      record('done', today, 'good'),
    ];
    expect(
      dueList({ log, plan: emptyFocusPlan(), progress: emptyProgress(), lessonIds, today }),
    ).toEqual([]);
  });

  it('asks for this week’s check-in while the plan has a goal and the week has none', () => {
    const due = dueList({
      log: [],
      plan: planWithGoal,
      progress: emptyProgress(),
      lessonIds,
      today,
    });
    expect(due).toEqual([{ kind: 'check-in', key: 'check-in-2026-W49', day: today, daysUntil: 0 }]);
    const checked: FocusPlan = {
      ...planWithGoal,
      checkIns: [{ week: '2026-W49', minutes: 30, connected: false, note: '' }],
    };
    expect(
      dueList({ log: [], plan: checked, progress: emptyProgress(), lessonIds, today }),
    ).toEqual([]);
  });

  it('does not ask for a check-in when the plan has only empty goals', () => {
    const plan: FocusPlan = {
      ...emptyFocusPlan(),
      goals: [{ id: 'g1', platform: '', minutesPerWeek: null, offer: '' }],
    };
    expect(dueList({ log: [], plan, progress: emptyProgress(), lessonIds, today })).toEqual([]);
  });

  it('shows the review day from a week before it, and after it has passed', () => {
    const at = (reviewOn: string) =>
      dueList({
        log: [],
        plan: { ...emptyFocusPlan(), reviewOn },
        progress: emptyProgress(),
        lessonIds,
        today,
      });
    expect(at('2026-12-11')).toEqual([
      { kind: 'review', key: 'review', day: '2026-12-11', daysUntil: 7 },
    ]);
    expect(at('2026-12-12')).toEqual([]);
    expect(at('2026-11-30')[0]?.daysUntil).toBe(-4);
  });

  it('lists lessons opened but not finished, in reading order, after the dated items', () => {
    const progress = {
      visited: { practice: 'x', 'network-as-resource': 'x', 'where-networks-grow': 'x' },
      done: { 'where-networks-grow': 'y' },
    };
    const items = dueList({
      log: [record('r', today)],
      plan: emptyFocusPlan(),
      progress,
      lessonIds,
      today,
    });
    expect(items.map((item) => item.key)).toEqual([
      'follow-up-r',
      'lesson-network-as-resource',
      'lesson-practice',
    ]);
  });

  it('refuses a today that is not a day', () => {
    expect(() =>
      dueList({
        log: [],
        plan: emptyFocusPlan(),
        progress: emptyProgress(),
        lessonIds,
        today: '4/12/2026',
      }),
    ).toThrow(/today must be a day/);
  });
});
