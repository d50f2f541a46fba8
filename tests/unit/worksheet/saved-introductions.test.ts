import { describe, expect, it } from 'vitest';
import { readSavedIntroductions } from '../../../src/lib/worksheet/saved-introductions';

const record = {
  id: 'i1',
  personA: { kind: 'typed', name: 'Lan' },
  personB: { kind: 'typed', name: 'Minh' },
  date: '2026-02-10',
};
const envelope = (data: unknown) => JSON.stringify({ v: 1, data });

describe('readSavedIntroductions', () => {
  it('says there is nothing when no introduction was logged', () => {
    expect(readSavedIntroductions(undefined)).toEqual({ kind: 'none' });
  });

  it('reads a saved log with the log’s defaults filled in', () => {
    const result = readSavedIntroductions(envelope([record]));
    expect(result.kind === 'ok' && result.value).toEqual([
      {
        ...record,
        direction: 'given',
        purpose: '',
        consentA: 'not-asked',
        consentB: 'not-asked',
        outcome: 'pending',
        acknowledged: 'unknown',
        notes: '',
      },
    ]);
  });

  it('reads a log kept in an object beside other state', () => {
    for (const key of ['log', 'records']) {
      const result = readSavedIntroductions(envelope({ [key]: [record], other: 1 }));
      expect(result.kind === 'ok' && result.value.map((r) => r.id), key).toEqual(['i1']);
    }
  });

  it('leaves out records that cannot be read', () => {
    const result = readSavedIntroductions(envelope([record, { id: 'i2' }]));
    expect(result.kind === 'ok' && result.value.map((r) => r.id)).toEqual(['i1']);
  });

  it('calls unreadable a text that is not an envelope or data with no log', () => {
    expect(readSavedIntroductions('garbage')).toEqual({ kind: 'unreadable' });
    expect(readSavedIntroductions(envelope('text'))).toEqual({ kind: 'unreadable' });
    expect(readSavedIntroductions(envelope({ other: 1 }))).toEqual({ kind: 'unreadable' });
  });
});
