import type { IntroductionRecord } from '../../../src/lib/intro/introduction-record';

const person = (personId: string) => ({ kind: 'person' as const, personId });

/** A complete record: the reader introduced p1 to p2 on 2026-03-01; override what a test needs. */
export function record(id: string, change: Partial<IntroductionRecord> = {}): IntroductionRecord {
  return {
    id,
    personA: person('p1'),
    personB: person('p2'),
    direction: 'given',
    purpose: '',
    date: '2026-03-01',
    consentA: 'yes',
    consentB: 'yes',
    outcome: 'pending',
    acknowledged: 'unknown',
    notes: '',
    ...change,
  };
}

export { person };
