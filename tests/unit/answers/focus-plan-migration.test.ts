import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setReviewDay, updateGoal } from '../../../src/lib/answers/focus-plan-edits';
import {
  focusPlanMigrations,
  storedFocusPlanSchema,
} from '../../../src/lib/answers/restore-focus-plan';
import { decodeEnvelope } from '../../../src/lib/storage/envelope';
import { writeJson } from '../../../src/lib/storage/repair-text';
import { focusPlanArb } from '../backup/workbook-arbitraries';

/** How the focus-plan collection reads what is stored (src/stores/focus-plan.ts). */
const codec = { version: 2, schema: storedFocusPlanSchema, migrations: focusPlanMigrations };

/** A plan as version 1 stored it: channel, minutes, offer; weekly check-ins. */
const storedV1 = {
  v: 1,
  data: {
    goals: [
      {
        id: 'g-lan',
        platform: 'Nhóm Zalo “Điều dưỡng Cần Thơ”, LinkedIn',
        minutesPerWeek: 60,
        offer: 'Trả lời một câu hỏi của sinh viên; chỉ một bạn mới ra trường tới đúng người.',
      },
      { id: 'g-2', platform: 'Facebook', minutesPerWeek: null, offer: '' },
    ],
    checkIns: [{ week: '2026-W48', minutes: 75, connected: true, note: 'Nối em Vy với chị Hoa' }],
    unreadable: [{ note: 'một mục cũ không đọc được' }],
  },
};

/** Every string anywhere inside a value. */
function words(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(words);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(words);
  return [];
}

describe('the focus plan stored by version 1, read by version 2', () => {
  it('keeps every word the reader wrote, in its place', () => {
    const result = decodeEnvelope(JSON.stringify(storedV1), codec);
    if (result.kind !== 'ok') throw new Error(`not read: ${JSON.stringify(result)}`);
    expect(result.migratedFrom).toBe(1);
    expect(result.value).toEqual(storedV1.data);
    expect(words(result.value).sort()).toEqual(words(storedV1.data).sort());
  });

  it('keeps any generated version-1 plan exactly', () => {
    fc.assert(
      fc.property(focusPlanArb, (plan) => {
        // Stored as the workbook writes (writeJson never stores a NUL or a lone surrogate).
        const result = decodeEnvelope(`{"v":1,"data":${writeJson(plan)}}`, codec);
        expect(result.kind === 'ok' ? result.value : result).toEqual(JSON.parse(writeJson(plan)));
      }),
      { numRuns: 200 },
    );
  });

  it('then takes a purpose and a review day without touching the old fields', () => {
    const result = decodeEnvelope(JSON.stringify(storedV1), codec);
    if (result.kind !== 'ok') throw new Error('not read');
    const withPurpose = updateGoal(result.value, 'g-lan', {
      purpose: 'Hiểu nghề giảng dạy điều dưỡng, và được vài trường biết tới',
    });
    const plan = setReviewDay(withPurpose, '2026-12-26');
    expect(plan.goals[0]).toEqual({
      ...storedV1.data.goals[0],
      purpose: 'Hiểu nghề giảng dạy điều dưỡng, và được vài trường biết tới',
    });
    expect(plan.reviewOn).toBe('2026-12-26');
    expect(plan.checkIns).toEqual(storedV1.data.checkIns);
  });
});

describe('a stored version-2 plan with damaged new fields', () => {
  it('sets a review day that is not a day aside, and reads the rest', () => {
    const stored = { v: 2, data: { ...storedV1.data, reviewOn: '26/12/2026' } };
    const result = decodeEnvelope(JSON.stringify(stored), codec);
    if (result.kind !== 'ok') throw new Error('not read');
    expect(result.value.reviewOn).toBeUndefined();
    expect(result.value.unreadable).toContainEqual({ reviewOn: '26/12/2026' });
    expect(result.value.goals).toEqual(storedV1.data.goals);
  });

  it('reads a purpose longer than the limit cut to the limit, never dropping the goal', () => {
    const long = 'Mục đích '.repeat(200);
    const stored = { v: 2, data: { goals: [{ ...storedV1.data.goals[0], purpose: long }] } };
    const result = decodeEnvelope(JSON.stringify(stored), codec);
    if (result.kind !== 'ok') throw new Error('not read');
    expect(result.value.goals[0]?.purpose).toBe(long.slice(0, 1000));
  });
});

describe('setReviewDay', () => {
  it('clears the day with an empty value and refuses what is not a day', () => {
    const plan = setReviewDay({ goals: [], checkIns: [], unreadable: [] }, '2027-01-31');
    expect(setReviewDay(plan, '')).toEqual({ goals: [], checkIns: [], unreadable: [] });
    expect(() => setReviewDay(plan, '2027-02-30')).toThrow(/not a day/);
  });
});
