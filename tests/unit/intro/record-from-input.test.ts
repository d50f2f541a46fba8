import { describe, expect, it } from 'vitest';
import { recordFromInput } from '../../../src/lib/intro/record-from-input';
import { goodInput } from './weigher-fixtures';

describe('recordFromInput', () => {
  it('logs the weighed introduction as given today, with each side’s consent', () => {
    const input = goodInput((draft) => {
      draft['purpose'] = 'UX research';
      draft.a['consent'] = 'yes';
      draft.b['consent'] = 'asked';
    });
    expect(recordFromInput(input, 'i-1', '2026-03-01')).toEqual({
      id: 'i-1',
      personA: { kind: 'person', personId: 'p1' },
      personB: { kind: 'person', personId: 'p2' },
      direction: 'given',
      purpose: 'UX research',
      date: '2026-03-01',
      consentA: 'yes',
      consentB: 'asked',
      outcome: 'pending',
      acknowledged: 'unknown',
      notes: '',
    });
  });

  it('throws for a day that does not exist', () => {
    expect(() => recordFromInput(goodInput(), 'i-1', '2026-02-30')).toThrow();
  });
});
