import { describe, expect, it } from 'vitest';
import {
  addRecord,
  removeRecord,
  restoreRecord,
  updateRecord,
} from '../../../src/lib/intro/introduction-log';
import { person, record } from './log-fixtures';

describe('addRecord', () => {
  it('appends a validated record with its defaults, leaving the old log as it was', () => {
    const log = [record('i1')];
    const next = addRecord(log, {
      id: 'i2',
      personA: person('p3'),
      personB: { kind: 'typed', name: 'Lan' },
      date: '2026-03-02',
    });
    expect(log).toHaveLength(1);
    expect(next[1]).toMatchObject({ id: 'i2', outcome: 'pending', consentA: 'not-asked' });
  });

  it('throws, naming itself, for an id already used', () => {
    expect(() => addRecord([record('i1')], record('i1'))).toThrow(
      'intro/addRecord: record i1 already exists',
    );
  });

  it('throws, naming the field, for an invalid record', () => {
    expect(() => addRecord([], { ...record('i1'), date: '2026-02-30' })).toThrow(
      /^intro\/addRecord: invalid record:.*date/s,
    );
  });
});

describe('updateRecord', () => {
  it('changes only the given fields of that record', () => {
    const log = [record('i1'), record('i2')];
    const next = updateRecord(log, 'i2', { outcome: 'good', acknowledged: true });
    expect(next).toEqual([record('i1'), record('i2', { outcome: 'good', acknowledged: true })]);
    expect(log[1]?.outcome).toBe('pending');
  });

  it('clears the follow-up when the patch sets it to undefined', () => {
    const log = [record('i1', { followUp: '2026-04-01' })];
    const next = updateRecord(log, 'i1', { followUp: undefined });
    expect('followUp' in (next[0] ?? {})).toBe(false);
  });

  it('never changes the id, even if the patch tries to', () => {
    const patch = { id: 'other', notes: 'x' } as unknown as Parameters<typeof updateRecord>[2];
    expect(updateRecord([record('i1')], 'i1', patch)[0]?.id).toBe('i1');
  });

  it('throws for a missing record and for an invalid result', () => {
    expect(() => updateRecord([], 'i9', {})).toThrow(
      'intro/updateRecord: record i9 does not exist',
    );
    expect(() => updateRecord([record('i1')], 'i1', { outcome: 'great' as never })).toThrow(
      /^intro\/updateRecord: invalid record/,
    );
  });
});

describe('removeRecord', () => {
  it('removes the record and says where it was', () => {
    const { log, removed } = removeRecord([record('i1'), record('i2'), record('i3')], 'i2');
    expect(log.map((item) => item.id)).toEqual(['i1', 'i3']);
    expect(removed).toEqual({ record: record('i2'), index: 1 });
  });

  it('throws for a missing record', () => {
    expect(() => removeRecord([], 'i1')).toThrow('intro/removeRecord: record i1 does not exist');
  });
});

describe('restoreRecord', () => {
  it('puts an undone removal back in its place', () => {
    const original = [record('i1'), record('i2'), record('i3')];
    const { log, removed } = removeRecord(original, 'i2');
    expect(restoreRecord(log, removed)).toEqual(original);
  });

  it('appends when the log has shrunk since', () => {
    const { removed } = removeRecord([record('i1'), record('i2'), record('i3')], 'i3');
    expect(restoreRecord([record('i1')], removed).map((item) => item.id)).toEqual(['i1', 'i3']);
  });

  it('does nothing when undo runs twice', () => {
    const { log, removed } = removeRecord([record('i1'), record('i2')], 'i1');
    const once = restoreRecord(log, removed);
    expect(restoreRecord(once, removed)).toBe(once);
  });
});
