import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  introductionLogSchema,
  introductionRecordSchema,
  restoreIntroductionLog,
} from '../../../src/lib/intro/introduction-record';
import { person, record } from './log-fixtures';

const minimal = {
  id: 'i1',
  personA: person('p1'),
  personB: { kind: 'typed', name: 'Lan' },
  date: '2026-03-01',
};

describe('introductionRecordSchema', () => {
  it('completes a quick entry with defaults', () => {
    expect(v.parse(introductionRecordSchema, minimal)).toEqual({
      ...minimal,
      direction: 'given',
      purpose: '',
      consentA: 'not-asked',
      consentB: 'not-asked',
      outcome: 'pending',
      acknowledged: 'unknown',
      notes: '',
    });
  });

  it('accepts a follow-up date and a yes/no acknowledgement', () => {
    const parsed = v.parse(introductionRecordSchema, {
      ...minimal,
      followUp: '2026-04-01',
      acknowledged: true,
    });
    expect(parsed.followUp).toBe('2026-04-01');
    expect(parsed.acknowledged).toBe(true);
  });

  it.each([
    ['no id', { ...minimal, id: '' }],
    ['no person B', { ...minimal, personB: undefined }],
    ['a date that does not exist', { ...minimal, date: '2026-02-30' }],
    ['a partial date', { ...minimal, date: '2026-03' }],
    ['a follow-up in another format', { ...minimal, followUp: '01/04/2026' }],
    ['an unknown outcome', { ...minimal, outcome: 'great' }],
    ['an unknown consent', { ...minimal, consentA: 'maybe' }],
    ['an unknown direction', { ...minimal, direction: 'sideways' }],
    ['acknowledged as text', { ...minimal, acknowledged: 'yes' }],
    ['notes over 20,000 characters', { ...minimal, notes: 'x'.repeat(20_001) }],
  ])('rejects %s', (_case, raw) => {
    expect(v.safeParse(introductionRecordSchema, raw).success).toBe(false);
  });
});

describe('introductionLogSchema', () => {
  it('accepts an empty log and rejects a non-array', () => {
    expect(v.parse(introductionLogSchema, [])).toEqual([]);
    expect(v.safeParse(introductionLogSchema, { records: [] }).success).toBe(false);
  });
});

describe('restoreIntroductionLog', () => {
  it('keeps every valid record as it was', () => {
    const log = [record('i1'), record('i2', { followUp: '2026-04-01', outcome: 'good' })];
    expect(restoreIntroductionLog(structuredClone(log))).toEqual({ log, dropped: [] });
  });

  it('drops only the records that cannot be identified, and hands them back untouched', () => {
    const broken = [
      { id: 'i2', personA: person('p1') },
      'junk',
      null,
      { ...record('i3'), date: 'soon' },
    ];
    const restored = restoreIntroductionLog([record('i1'), ...broken, record('i4')]);
    expect(restored.log.map((item) => item.id)).toEqual(['i1', 'i4']);
    expect(restored.dropped).toEqual(broken);
  });

  it('repairs broken optional fields field by field instead of losing the record', () => {
    const restored = restoreIntroductionLog([
      {
        ...record('i1', { purpose: 'jobs', notes: 'met at the fair' }),
        outcome: 'great',
        consentA: 42,
        acknowledged: 'yes',
        followUp: 'next week',
        direction: null,
      },
    ]);
    expect(restored.dropped).toEqual([]);
    expect(restored.log).toEqual([
      record('i1', {
        purpose: 'jobs',
        notes: 'met at the fair',
        outcome: 'pending',
        consentA: 'not-asked',
        acknowledged: 'unknown',
        direction: 'given',
      }),
    ]);
    expect('followUp' in (restored.log[0] ?? {})).toBe(false);
  });

  it('keeps the first of two records with the same id and drops the second', () => {
    const second = record('i1', { purpose: 'second' });
    const restored = restoreIntroductionLog([record('i1'), second]);
    expect(restored.log).toEqual([record('i1')]);
    expect(restored.dropped).toEqual([second]);
  });

  it.each([
    [undefined, []],
    [null, [null]],
    ['[1,2', ['[1,2']],
    [{ records: [] }, [{ records: [] }]],
  ])('restores %j as an empty log, keeping the value', (raw, dropped) => {
    expect(restoreIntroductionLog(raw)).toEqual({ log: [], dropped });
  });

  it('never lets a __proto__ key through', () => {
    const raw = JSON.parse(
      `[${JSON.stringify(record('i1')).replace('{', '{"__proto__":{"polluted":true},')}]`,
    ) as unknown;
    const restored = restoreIntroductionLog(raw);
    expect(restored.log).toEqual([record('i1')]);
    expect(Object.getPrototypeOf(restored.log[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
