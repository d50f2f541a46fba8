import { describe, expect, it } from 'vitest';
import {
  blankLogForm,
  logFormOf,
  partyOfChoice,
  recordOfLogForm,
  type LogForm,
} from '../../../../src/widgets/intro/log-form';
import { record } from '../../intro/log-fixtures';

const filled = (change: Partial<LogForm> = {}): LogForm => ({
  ...blankLogForm('2026-03-01'),
  a: { mode: 'map', personId: 'p1', typedName: '' },
  b: { mode: 'typed', personId: '', typedName: ' Lan ' },
  ...change,
});

describe('blankLogForm', () => {
  it('starts as an introduction given today, nothing else filled in', () => {
    expect(blankLogForm('2026-03-01')).toMatchObject({
      direction: 'given',
      date: '2026-03-01',
      followUp: '',
      outcome: 'pending',
      acknowledged: 'unknown',
    });
  });
});

describe('logFormOf', () => {
  it('shows a saved record and turns back into the same record', () => {
    const saved = record('i1', { followUp: '2026-04-01', acknowledged: true, notes: 'ok' });
    const result = recordOfLogForm(logFormOf(saved));
    const { id: _id, ...rest } = saved;
    expect(result).toEqual({ ok: true, record: rest });
  });
});

describe('partyOfChoice', () => {
  it('keeps a map id even when the person is gone, trims typed names, and is null when empty', () => {
    expect(partyOfChoice({ mode: 'map', personId: 'p9', typedName: '' })).toEqual({
      kind: 'person',
      personId: 'p9',
    });
    expect(partyOfChoice({ mode: 'typed', personId: 'p1', typedName: ' Lan ' })).toEqual({
      kind: 'typed',
      name: 'Lan',
    });
    expect(partyOfChoice({ mode: 'typed', personId: '', typedName: '  ' })).toBeNull();
    expect(partyOfChoice({ mode: 'map', personId: '', typedName: '' })).toBeNull();
  });
});

describe('recordOfLogForm', () => {
  it('builds a record, with an empty follow-up as undefined (which clears it)', () => {
    const result = recordOfLogForm(filled({ acknowledged: 'no', consentA: 'yes' }));
    expect(result).toEqual({
      ok: true,
      record: {
        personA: { kind: 'person', personId: 'p1' },
        personB: { kind: 'typed', name: 'Lan' },
        direction: 'given',
        purpose: '',
        date: '2026-03-01',
        consentA: 'yes',
        consentB: 'not-asked',
        outcome: 'pending',
        acknowledged: false,
        notes: '',
        followUp: undefined,
      },
    });
  });

  it('does not record consent for an introduction the reader received', () => {
    const result = recordOfLogForm(filled({ direction: 'received', consentA: 'no' }));
    expect(result.ok && result.record.consentA).toBe('not-asked');
  });

  it('names every field to fix: missing people, the same person twice, bad dates', () => {
    expect(recordOfLogForm(blankLogForm('2026-03-01'))).toEqual({
      ok: false,
      errors: { a: 'introLog.error.person', b: 'introLog.error.person' },
    });
    expect(recordOfLogForm(filled({ b: { mode: 'map', personId: 'p1', typedName: '' } }))).toEqual({
      ok: false,
      errors: { b: 'introLog.error.same' },
    });
    expect(recordOfLogForm(filled({ date: '2026-02-30', followUp: 'soon' }))).toEqual({
      ok: false,
      errors: { date: 'introLog.error.date', followUp: 'introLog.error.date' },
    });
  });
});
