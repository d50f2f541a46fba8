import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  restoreFocusPlan,
  storedFocusPlanSchema,
} from '../../../src/lib/answers/restore-focus-plan';

const goal = { id: 'g1', platform: 'Zalo', minutesPerWeek: 60, offer: 'Giới thiệu thợ in' };
const checkIn = { week: '2026-W10', minutes: 45, connected: true, note: 'Nối Lan với Minh' };

describe('restoreFocusPlan', () => {
  it('reads a valid plan unchanged', () => {
    const plan = { goals: [goal], checkIns: [checkIn], unreadable: [] };
    expect(restoreFocusPlan(plan)).toEqual({ plan, setAside: 0 });
  });

  it('gives an empty plan for nothing saved', () => {
    expect(restoreFocusPlan(undefined)).toEqual({
      plan: { goals: [], checkIns: [], unreadable: [] },
      setAside: 0,
    });
  });

  it('repairs broken fields of a goal instead of dropping it', () => {
    const { plan, setAside } = restoreFocusPlan({
      goals: [{ id: 'g1', platform: 7, minutesPerWeek: 'lots', offer: null }],
    });
    expect(plan.goals).toEqual([{ id: 'g1', platform: '', minutesPerWeek: null, offer: '' }]);
    expect(setAside).toBe(0);
  });

  it('reads a budget JSON turns into Infinity as not set, and such check-in minutes as 0', () => {
    const raw: unknown = JSON.parse(
      '{"goals":[{"id":"g1","platform":"Zalo","minutesPerWeek":1e999,"offer":""}],' +
        '"checkIns":[{"week":"2026-W10","minutes":-1e999,"connected":true,"note":""}]}',
    );
    const { plan, setAside } = restoreFocusPlan(raw);
    expect(plan.goals[0]?.minutesPerWeek).toBeNull();
    expect(plan.checkIns[0]?.minutes).toBe(0);
    expect(setAside).toBe(0);
  });

  it('cuts an over-long platform to 200 characters instead of dropping the goal', () => {
    const { plan } = restoreFocusPlan({ goals: [{ ...goal, platform: 'Zalo '.repeat(60) }] });
    expect(plan.goals[0]?.platform).toHaveLength(200);
  });

  it('clamps a budget beyond a week', () => {
    const { plan } = restoreFocusPlan({ goals: [{ ...goal, minutesPerWeek: 1e9 }] });
    expect(plan.goals[0]?.minutesPerWeek).toBe(10_080);
  });

  it('sets aside a goal without an id, a repeated id and goals beyond three', () => {
    const noId = { platform: 'X' };
    const goals = [goal, noId, { ...goal }, { ...goal, id: 'g2' }, { ...goal, id: 'g3' }];
    const fourth = { ...goal, id: 'g4' };
    const { plan, setAside } = restoreFocusPlan({ goals: [...goals, fourth] });
    expect(plan.goals.map((g) => g.id)).toEqual(['g1', 'g2', 'g3']);
    expect(plan.unreadable).toEqual([noId, { ...goal }, fourth]);
    expect(setAside).toBe(3);
  });

  it('repairs a check-in’s minutes and yes/no, and reads a day as its week', () => {
    const { plan } = restoreFocusPlan({
      checkIns: [{ week: '2026-03-04', minutes: 'an hour', connected: 'yes', note: 5 }],
    });
    expect(plan.checkIns).toEqual([{ week: '2026-W10', minutes: 0, connected: false, note: '' }]);
  });

  it('sets aside a check-in with no readable week and a second one for the same week', () => {
    const noWeek = { minutes: 30 };
    const again = { ...checkIn, minutes: 5 };
    const { plan } = restoreFocusPlan({ checkIns: [checkIn, noWeek, again] });
    expect(plan.checkIns).toEqual([checkIn]);
    expect(plan.unreadable).toEqual([noWeek, again]);
  });

  it('keeps what an earlier restore set aside, and sets aside lists of the wrong kind', () => {
    const { plan } = restoreFocusPlan({ goals: 'three', unreadable: [{ old: true }] });
    expect(plan.unreadable).toEqual([{ old: true }, 'three']);
  });

  it('sets aside whole a value that is not a plan', () => {
    expect(restoreFocusPlan([goal])).toEqual({
      plan: { goals: [], checkIns: [], unreadable: [[goal]] },
      setAside: 1,
    });
  });
});

describe('storedFocusPlanSchema', () => {
  it('fails on a value that is not an object, so that the stored text is kept untouched', () => {
    for (const raw of ['x', 3, null, []]) {
      expect(v.safeParse(storedFocusPlanSchema, raw).success, String(raw)).toBe(false);
    }
  });

  it('gives back what it reads when read again', () => {
    const once = v.parse(storedFocusPlanSchema, {
      goals: [goal, { id: 'g2' }],
      checkIns: [checkIn],
    });
    expect(v.parse(storedFocusPlanSchema, once)).toEqual(once);
  });
});
