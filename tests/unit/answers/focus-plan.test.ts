import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  MAX_CHECK_INS,
  MAX_GOALS,
  MINUTES_IN_WEEK,
  canAddGoal,
  checkInsNewestFirst,
  clampMinutes,
  emptyFocusPlan,
  focusPlanSchema,
  type FocusPlan,
} from '../../../src/lib/answers/focus-plan';
import {
  addGoal,
  recordCheckIn,
  removeCheckIn,
  removeGoal,
  restoreGoal,
  updateGoal,
} from '../../../src/lib/answers/focus-plan-edits';

function planWithGoals(...ids: string[]): FocusPlan {
  return ids.reduce(addGoal, emptyFocusPlan());
}

const checkIn = { week: '2026-W10', minutes: 45, connected: true, note: '' };

describe('emptyFocusPlan', () => {
  it('is a valid plan with nothing in it', () => {
    expect(v.parse(focusPlanSchema, emptyFocusPlan())).toEqual({
      goals: [],
      checkIns: [],
      unreadable: [],
    });
  });
});

describe('canAddGoal', () => {
  it('allows goals up to the limit of three', () => {
    expect(MAX_GOALS).toBe(3);
    expect(canAddGoal(planWithGoals('g1', 'g2'))).toBe(true);
    expect(canAddGoal(planWithGoals('g1', 'g2', 'g3'))).toBe(false);
  });
});

describe('addGoal', () => {
  it('adds an empty goal at the end', () => {
    expect(planWithGoals('g1', 'g2').goals).toEqual([
      { id: 'g1', platform: '', minutesPerWeek: null, offer: '' },
      { id: 'g2', platform: '', minutesPerWeek: null, offer: '' },
    ]);
  });

  it('refuses a fourth goal', () => {
    expect(() => addGoal(planWithGoals('g1', 'g2', 'g3'), 'g4')).toThrow(
      'answers/addGoal: a focus plan holds at most 3 goals',
    );
  });

  it('refuses an id already used', () => {
    expect(() => addGoal(planWithGoals('g1'), 'g1')).toThrow(
      'answers/addGoal: goal g1 already exists',
    );
  });
});

describe('updateGoal', () => {
  it('changes only the fields given', () => {
    let plan = updateGoal(planWithGoals('g1'), 'g1', { platform: 'LinkedIn' });
    plan = updateGoal(plan, 'g1', { minutesPerWeek: 60 });
    plan = updateGoal(plan, 'g1', { offer: 'Trả lời câu hỏi về kế toán hợp tác xã' });
    expect(plan.goals[0]).toEqual({
      id: 'g1',
      platform: 'LinkedIn',
      minutesPerWeek: 60,
      offer: 'Trả lời câu hỏi về kế toán hợp tác xã',
    });
  });

  it('clears the budget with null', () => {
    const plan = updateGoal(updateGoal(planWithGoals('g1'), 'g1', { minutesPerWeek: 30 }), 'g1', {
      minutesPerWeek: null,
    });
    expect(plan.goals[0]?.minutesPerWeek).toBeNull();
  });

  it('clamps a budget outside a week and rounds it to whole minutes', () => {
    const plan = planWithGoals('g1');
    expect(updateGoal(plan, 'g1', { minutesPerWeek: -5 }).goals[0]?.minutesPerWeek).toBe(0);
    expect(updateGoal(plan, 'g1', { minutesPerWeek: 99_999 }).goals[0]?.minutesPerWeek).toBe(
      MINUTES_IN_WEEK,
    );
    expect(updateGoal(plan, 'g1', { minutesPerWeek: 29.6 }).goals[0]?.minutesPerWeek).toBe(30);
  });

  it('cuts text beyond its limit so the plan stays valid', () => {
    const plan = updateGoal(planWithGoals('g1'), 'g1', { platform: 'x'.repeat(500) });
    expect(plan.goals[0]?.platform).toHaveLength(200);
    expect(v.safeParse(focusPlanSchema, plan).success).toBe(true);
  });

  it('throws for a goal that does not exist', () => {
    expect(() => updateGoal(emptyFocusPlan(), 'g9', {})).toThrow(
      'answers/updateGoal: goal g9 does not exist',
    );
  });
});

describe('clampMinutes', () => {
  it('turns NaN and infinities into 0', () => {
    expect(clampMinutes(Number.NaN)).toBe(0);
    expect(clampMinutes(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe('removeGoal', () => {
  it('removes the goal and says where it was', () => {
    const { plan, removed } = removeGoal(planWithGoals('g1', 'g2', 'g3'), 'g2');
    expect(plan.goals.map((goal) => goal.id)).toEqual(['g1', 'g3']);
    expect(removed.index).toBe(1);
    expect(removed.goal.id).toBe('g2');
  });

  it('throws for a goal that does not exist', () => {
    expect(() => removeGoal(emptyFocusPlan(), 'g1')).toThrow(
      'answers/removeGoal: goal g1 does not exist',
    );
  });
});

describe('restoreGoal', () => {
  it('puts a removed goal back in its place', () => {
    const start = planWithGoals('g1', 'g2', 'g3');
    const { plan, removed } = removeGoal(start, 'g2');
    expect(restoreGoal(plan, removed)).toEqual(start);
  });

  it('does nothing when undone twice', () => {
    const start = planWithGoals('g1', 'g2');
    const { plan, removed } = removeGoal(start, 'g1');
    expect(restoreGoal(restoreGoal(plan, removed), removed)).toEqual(start);
  });

  it('does nothing when the plan has filled up since', () => {
    const { plan, removed } = removeGoal(planWithGoals('g1', 'g2', 'g3'), 'g1');
    const full = addGoal(plan, 'g4');
    expect(restoreGoal(full, removed)).toBe(full);
  });
});

describe('recordCheckIn', () => {
  it('adds a check-in and turns a day into its ISO week', () => {
    const { plan, replaced } = recordCheckIn(emptyFocusPlan(), { ...checkIn, week: '2026-03-04' });
    expect(plan.checkIns).toEqual([{ ...checkIn, week: '2026-W10' }]);
    expect(replaced).toBeUndefined();
  });

  it('keeps one check-in per week, replacing the earlier one', () => {
    const first = recordCheckIn(emptyFocusPlan(), checkIn).plan;
    const { plan, replaced } = recordCheckIn(first, { ...checkIn, minutes: 90, connected: false });
    expect(plan.checkIns).toEqual([{ ...checkIn, minutes: 90, connected: false }]);
    expect(replaced).toEqual(checkIn);
  });

  it('throws on an invalid check-in, naming the field', () => {
    expect(() => recordCheckIn(emptyFocusPlan(), { ...checkIn, minutes: -1 })).toThrow(
      /answers\/recordCheckIn: invalid check-in:[\s\S]*minutes/,
    );
    expect(() => recordCheckIn(emptyFocusPlan(), { ...checkIn, week: 'soon' })).toThrow(/week/);
  });

  it('refuses a new week once the plan holds ten years of check-ins', () => {
    const full: FocusPlan = {
      ...emptyFocusPlan(),
      checkIns: Array.from({ length: MAX_CHECK_INS }, (_, i) => ({
        ...checkIn,
        week: `${2000 + Math.floor(i / 52)}-W${String((i % 52) + 1).padStart(2, '0')}`,
      })),
    };
    expect(() => recordCheckIn(full, { ...checkIn, week: '2030-W01' })).toThrow(
      'answers/recordCheckIn: a plan holds at most 520 check-ins',
    );
    // A week already there can still be corrected.
    expect(() => recordCheckIn(full, { ...checkIn, week: '2000-W01' })).not.toThrow();
  });
});

describe('removeCheckIn', () => {
  it('removes the check-in of a week and gives it back for undo', () => {
    const start = recordCheckIn(emptyFocusPlan(), checkIn).plan;
    const { plan, removed } = removeCheckIn(start, '2026-W10');
    expect(plan.checkIns).toEqual([]);
    expect(removed).toEqual(checkIn);
  });

  it('changes nothing for a week with no check-in', () => {
    const { plan, removed } = removeCheckIn(emptyFocusPlan(), '2026-W10');
    expect(plan.checkIns).toEqual([]);
    expect(removed).toBeUndefined();
  });
});

describe('checkInsNewestFirst', () => {
  it('sorts by week, latest first, across years', () => {
    let plan = emptyFocusPlan();
    for (const week of ['2025-W52', '2026-W02', '2026-W01']) {
      plan = recordCheckIn(plan, { ...checkIn, week }).plan;
    }
    expect(checkInsNewestFirst(plan).map((c) => c.week)).toEqual([
      '2026-W02',
      '2026-W01',
      '2025-W52',
    ]);
  });
});
