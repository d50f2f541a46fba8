import { describe, expect, it } from 'vitest';
import { FACTOR_VALUES, readFactors, willingness } from '../../../src/lib/intro/factor-values';
import { FACTOR_IDS } from '../../../src/lib/intro/weigher-input';
import { blankInput, goodInput } from './weigher-fixtures';

const side = (preference: 'open' | 'ask' | 'no', consent: 'not-asked' | 'asked' | 'yes' | 'no') =>
  ({
    party: { kind: 'person', personId: 'p1' },
    preference,
    consent,
    trust: 3,
    benefit: 'some',
  }) as const;

describe('willingness', () => {
  it('puts a no for this introduction above everything', () => {
    expect(willingness(side('open', 'no'))).toBe('said-no');
    expect(willingness(side('no', 'no'))).toBe('said-no');
  });

  it('keeps a standing "do not introduce me" over a recorded yes', () => {
    expect(willingness(side('no', 'yes'))).toBe('no');
  });

  it('counts a yes above the standing preference, and the preference otherwise', () => {
    expect(willingness(side('ask', 'yes'))).toBe('said-yes');
    expect(willingness(side('open', 'not-asked'))).toBe('open');
    expect(willingness(side('ask', 'asked'))).toBe('ask');
  });
});

describe('FACTOR_VALUES', () => {
  it('keeps every value between −1 and +1', () => {
    for (const table of Object.values(FACTOR_VALUES)) {
      for (const value of Object.values(table) as number[]) {
        expect(Math.abs(value)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('orders each scale from worse to better', () => {
    expect(FACTOR_VALUES.trust[1]).toBeLessThan(FACTOR_VALUES.trust[5]);
    expect(FACTOR_VALUES.sensitivity.high).toBeLessThan(FACTOR_VALUES.sensitivity.medium);
    expect(FACTOR_VALUES.sensitivity.medium).toBeLessThan(FACTOR_VALUES.sensitivity.low);
    expect(FACTOR_VALUES.bypassRisk.high).toBeLessThan(FACTOR_VALUES.bypassRisk.low);
    expect(FACTOR_VALUES.benefit.none).toBeLessThan(FACTOR_VALUES.benefit.some);
    expect(FACTOR_VALUES.benefit.some).toBeLessThan(FACTOR_VALUES.benefit.much);
    expect(FACTOR_VALUES.preference.ask).toBeLessThan(FACTOR_VALUES.preference.open);
    expect(FACTOR_VALUES.preference.open).toBeLessThan(FACTOR_VALUES.preference['said-yes']);
  });
});

describe('readFactors', () => {
  it('reads every factor in FACTOR_IDS order', () => {
    expect(readFactors(goodInput()).map((reading) => reading.factor)).toEqual([...FACTOR_IDS]);
  });

  it('gives unknown answers no value', () => {
    const trustA = readFactors(blankInput()).find((reading) => reading.factor === 'trustA');
    expect(trustA).toEqual({ factor: 'trustA', answer: 'unknown', value: null, applicable: true });
  });

  it('reads trust 1–5 as −1…+1 (the FACTOR_VALUES table)', () => {
    const reading = readFactors(goodInput((d) => (d.b['trust'] = 2))).find(
      (item) => item.factor === 'trustB',
    );
    expect(reading?.value).toBe(-0.5);
  });

  it('marks reciprocity not applicable when nobody asked for the introduction', () => {
    const reciprocity = readFactors(goodInput((d) => (d['reciprocity'] = 'took-quiet'))).find(
      (reading) => reading.factor === 'reciprocity',
    );
    expect(reciprocity).toEqual({
      factor: 'reciprocity',
      answer: 'not-applicable',
      value: null,
      applicable: false,
    });
  });
});
