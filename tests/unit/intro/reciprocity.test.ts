import { describe, expect, it } from 'vitest';
import { ONE_WAY_MIN, reciprocityTally } from '../../../src/lib/intro/reciprocity';
import { person, record } from './log-fixtures';

const given = (id: string, a: string, b: string, change = {}) =>
  record(id, { personA: person(a), personB: person(b), ...change });
const received = (id: string, from: string) =>
  record(id, { direction: 'received', personA: person(from), personB: person('px') });

describe('reciprocityTally', () => {
  it('counts each given introduction for both people introduced', () => {
    const tally = reciprocityTally([given('i1', 'p1', 'p2'), given('i2', 'p1', 'p3')]);
    expect(tally.map(({ key, given: g, received: r }) => [key, g, r])).toEqual([
      ['person:p1', 2, 0],
      ['person:p2', 1, 0],
      ['person:p3', 1, 0],
    ]);
  });

  it('credits a received introduction to the introducer only', () => {
    const tally = reciprocityTally([received('r1', 'p5')]);
    expect(tally).toEqual([
      { party: person('p5'), key: 'person:p5', given: 0, received: 1, acknowledged: 0, flag: null },
    ]);
  });

  it(`flags someone the reader introduced ${ONE_WAY_MIN} times with nothing coming back`, () => {
    const log = [given('i1', 'p1', 'p2'), given('i2', 'p1', 'p3'), given('i3', 'p1', 'p4')];
    expect(reciprocityTally(log)[0]).toMatchObject({
      key: 'person:p1',
      given: 3,
      flag: 'one-way-given',
    });
    // Two are not yet a pattern.
    expect(reciprocityTally(log.slice(0, 2))[0]?.flag).toBeNull();
  });

  it('does not flag someone who acknowledged an introduction or returned the favour', () => {
    const log = [given('i1', 'p1', 'p2'), given('i2', 'p1', 'p3'), given('i3', 'p1', 'p4')];
    const thanked = [...log.slice(0, 2), given('i3', 'p1', 'p4', { acknowledged: true })];
    expect(reciprocityTally(thanked)[0]).toMatchObject({ acknowledged: 1, flag: null });
    expect(reciprocityTally([...log, received('r1', 'p1')])[0]).toMatchObject({
      given: 3,
      received: 1,
      flag: null,
    });
  });

  it(`flags someone who introduced the reader ${ONE_WAY_MIN} times and got nothing back`, () => {
    const log = [received('r1', 'p9'), received('r2', 'p9'), received('r3', 'p9')];
    expect(reciprocityTally(log)[0]).toMatchObject({ received: 3, flag: 'one-way-received' });
  });

  it('does not count introductions a side declined', () => {
    const tally = reciprocityTally([given('i1', 'p1', 'p2', { consentB: 'no' })]);
    expect(tally).toEqual([]);
  });

  it('matches typed names regardless of case and spacing', () => {
    const typed = (name: string) => ({ kind: 'typed' as const, name });
    const tally = reciprocityTally([
      record('i1', { personA: typed('Lan'), personB: person('p2') }),
      record('i2', { direction: 'received', personA: typed(' LAN '), personB: person('p3') }),
    ]);
    expect(tally[0]).toMatchObject({
      key: 'typed:lan',
      party: typed('Lan'),
      given: 1,
      received: 1,
    });
  });

  it('gives an empty tally for an empty log', () => {
    expect(reciprocityTally([])).toEqual([]);
  });
});
