import { describe, expect, it } from 'vitest';
import { emptyFocusPlan, type FocusPlan } from '../../../src/lib/answers/focus-plan';
import { focusPlanIsEmpty, summarizeFocusPlan } from '../../../src/lib/answers/focus-plan-summary';

const plan: FocusPlan = {
  goals: [
    { id: 'g1', platform: 'LinkedIn', minutesPerWeek: 60, offer: '' },
    { id: 'g2', platform: '', minutesPerWeek: 30, offer: '' },
    { id: 'g3', platform: '', minutesPerWeek: null, offer: '' },
  ],
  checkIns: [
    { week: '2026-W08', minutes: 120, connected: true, note: '' },
    { week: '2026-W09', minutes: 60, connected: false, note: '' },
    { week: '2026-W10', minutes: 90, connected: true, note: '' },
  ],
  unreadable: [],
};

describe('summarizeFocusPlan', () => {
  it('adds up the budgets and the check-ins', () => {
    expect(summarizeFocusPlan(plan)).toEqual({
      // g3 is blank: it does not count as a goal
      goals: 2,
      // 60 + 30, g3 has no budget
      weeklyBudget: 90,
      checkIns: 3,
      // (120 + 60 + 90) / 3
      averageMinutes: 90,
      // only W08 (120) is over 90; W10 (90) is on budget
      weeksOverBudget: 1,
      weeksConnected: 2,
    });
  });

  it('has no budget, average or overrun for an empty plan', () => {
    expect(summarizeFocusPlan(emptyFocusPlan())).toEqual({
      goals: 0,
      weeklyBudget: null,
      checkIns: 0,
      averageMinutes: null,
      weeksOverBudget: 0,
      weeksConnected: 0,
    });
  });
});

describe('focusPlanIsEmpty', () => {
  it('is true for blank goals and no check-in', () => {
    expect(focusPlanIsEmpty({ ...plan, goals: [plan.goals[2]!], checkIns: [] })).toBe(true);
    expect(focusPlanIsEmpty(plan)).toBe(false);
  });
});
