import { describe, expect, it } from 'vitest';
import { reciprocityTally } from '../../../src/lib/intro/reciprocity';
import { sampleIntroductions } from '../../../src/lib/sample-network/sample-log';
import { sampleNetwork } from '../../../src/lib/sample-network/sample-network';

describe('sampleIntroductions', () => {
  it.each(['vi', 'en'] as const)('names only people of the %s sample network', (locale) => {
    const ids = new Set(sampleNetwork(locale).people.map((person) => person.id));
    const log = sampleIntroductions(locale);
    expect(log).toHaveLength(3);
    for (const record of log) {
      for (const party of [record.personA, record.personB]) {
        expect(party.kind === 'person' && ids.has(party.personId)).toBe(true);
      }
      expect(record.purpose).not.toBe('');
    }
  });

  it('has the same records in both languages, only the words differ', () => {
    const strip = (locale: 'vi' | 'en') =>
      sampleIntroductions(locale).map(({ purpose: _p, notes: _n, ...rest }) => rest);
    expect(strip('en')).toEqual(strip('vi'));
    expect(sampleIntroductions('en')[0]?.purpose).not.toBe(sampleIntroductions('vi')[0]?.purpose);
  });

  it('builds a fresh log on each call, so one caller cannot change another’s', () => {
    const first = sampleIntroductions('vi');
    first.pop();
    expect(sampleIntroductions('vi')).toHaveLength(3);
  });

  it('gives the reciprocity tally both directions: two given, one received', () => {
    const log = sampleIntroductions('vi');
    expect(log.filter((record) => record.direction === 'given')).toHaveLength(2);
    expect(log.filter((record) => record.direction === 'received')).toHaveLength(1);
    expect(reciprocityTally(log).length).toBeGreaterThan(0);
  });
});
