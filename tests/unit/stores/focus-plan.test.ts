// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

async function load() {
  vi.resetModules();
  return {
    ...(await import('../../../src/stores/focus-plan')),
    ...(await import('../../../src/stores/focus-plan-actions')),
  };
}

const checkIn = { week: '2026-W10', minutes: 45, connected: true, note: '' };

beforeEach(() => localStorage.clear());

describe('focusPlan', () => {
  it('is saved as a versioned value and read back after a reload', async () => {
    const first = await load();
    const id = first.addFocusGoal() ?? '';
    first.updateFocusGoal(id, { platform: 'Zalo', minutesPerWeek: 30 });
    expect(JSON.parse(localStorage.getItem('syn:focus-plan') ?? '')).toMatchObject({ v: 2 });
    const { focusPlan } = await load();
    expect(focusPlan.get().goals).toEqual([
      { id, platform: 'Zalo', minutesPerWeek: 30, offer: '' },
    ]);
  });
});

describe('addFocusGoal', () => {
  it('adds goals with distinct ids, and no more than three', async () => {
    const { addFocusGoal, focusPlan } = await load();
    const ids = [addFocusGoal(), addFocusGoal(), addFocusGoal()];
    expect(new Set(ids).size).toBe(3);
    expect(addFocusGoal()).toBeUndefined();
    expect(focusPlan.get().goals).toHaveLength(3);
  });
});

describe('updateFocusGoal', () => {
  it('changes nothing and says so when the goal is gone', async () => {
    const { updateFocusGoal, focusPlan } = await load();
    expect(updateFocusGoal('g-missing', { platform: 'x' })).toBe(false);
    expect(focusPlan.get().goals).toEqual([]);
  });
});

describe('removeFocusGoal', () => {
  it('removes a goal, and undo puts it back', async () => {
    const { addFocusGoal, removeFocusGoal, undoRemoveFocusGoal, focusPlan } = await load();
    const id = addFocusGoal() ?? '';
    const removed = removeFocusGoal(id);
    expect(focusPlan.get().goals).toEqual([]);
    expect(removed && undoRemoveFocusGoal(removed)).toBe(true);
    expect(focusPlan.get().goals.map((goal) => goal.id)).toEqual([id]);
  });

  it('gives undefined for a goal that is already gone', async () => {
    const { removeFocusGoal } = await load();
    expect(removeFocusGoal('nope')).toBeUndefined();
  });
});

describe('undoRemoveFocusGoal', () => {
  it('says false when three goals were added since', async () => {
    const { addFocusGoal, removeFocusGoal, undoRemoveFocusGoal } = await load();
    const removed = removeFocusGoal(addFocusGoal() ?? '');
    addFocusGoal();
    addFocusGoal();
    addFocusGoal();
    expect(removed && undoRemoveFocusGoal(removed)).toBe(false);
  });
});

describe('saveCheckIn', () => {
  it('records a check-in and returns the one it replaced for the same week', async () => {
    const { saveCheckIn, focusPlan } = await load();
    expect(saveCheckIn(checkIn)).toBeUndefined();
    expect(saveCheckIn({ ...checkIn, minutes: 60 })).toEqual(checkIn);
    expect(focusPlan.get().checkIns).toEqual([{ ...checkIn, minutes: 60 }]);
  });
});

describe('deleteCheckIn', () => {
  it('removes the check-in of a week and returns it', async () => {
    const { saveCheckIn, deleteCheckIn, focusPlan } = await load();
    saveCheckIn(checkIn);
    expect(deleteCheckIn('2026-W10')).toEqual(checkIn);
    expect(focusPlan.get().checkIns).toEqual([]);
    expect(deleteCheckIn('2026-W10')).toBeUndefined();
  });
});
