import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { numberFormat, pluralRulesFor } from '../../../src/lib/i18n/intl-cache';

describe('the Intl formatter cache', () => {
  it('hands back the same number format for the same locale and options', () => {
    expect(numberFormat('vi')).toBe(numberFormat('vi'));
    expect(numberFormat('en', { maximumFractionDigits: 2 })).toBe(
      numberFormat('en', { maximumFractionDigits: 2 }),
    );
  });

  it('keeps locales and options apart', () => {
    expect(numberFormat('vi').format(12345.5)).toBe('12.345,5');
    expect(numberFormat('en').format(12345.5)).toBe('12,345.5');
    expect(numberFormat('en', { maximumFractionDigits: 0 }).format(2.6)).toBe('3');
    expect(numberFormat('en', { maximumFractionDigits: 0 })).not.toBe(numberFormat('en'));
  });

  it('hands back one set of plural rules per locale, each the locale’s own', () => {
    expect(pluralRulesFor('en')).toBe(pluralRulesFor('en'));
    expect(pluralRulesFor('en').select(1)).toBe('one');
    // Vietnamese has no plural forms: every count is "other".
    expect(pluralRulesFor('vi').select(1)).toBe('other');
  });
});

describe('a number format that writes whole numbers itself', () => {
  const optionSets = [
    undefined,
    { maximumFractionDigits: 0 },
    { maximumFractionDigits: 2 },
    { minimumFractionDigits: 0, maximumFractionDigits: 1 },
  ];

  it('writes every number from 0 to 1,200 exactly as Intl does, in both languages', () => {
    for (const locale of ['vi', 'en'])
      for (const options of optionSets) {
        const ours = numberFormat(locale, options);
        const intl = new Intl.NumberFormat(locale, options);
        for (let value = 0; value <= 1200; value++)
          expect(ours.format(value)).toBe(intl.format(value));
        for (const value of [-1, -999, 0.5, 2.25, 999.5, 1e6, 12345.678])
          expect(ours.format(value)).toBe(intl.format(value));
      }
  });

  it('leaves options that change a whole number (a sign, a unit, padding) to Intl', () => {
    expect(numberFormat('en', { signDisplay: 'exceptZero' }).format(5)).toBe('+5');
    expect(numberFormat('vi', { minimumIntegerDigits: 2 }).format(5)).toBe('05');
    expect(numberFormat('en', { minimumFractionDigits: 1 }).format(5)).toBe('5.0');
    expect(numberFormat('en', { style: 'percent' }).format(5)).toBe('500%');
  });

  it('writes any whole number, of any size or sign, exactly as Intl does, in both languages', () => {
    const wholeNumbers = fc.oneof(
      fc.integer(),
      fc.maxSafeInteger(),
      fc.constantFrom(-0, 999, 1000, 999_999, 1_000_000, Number.MAX_SAFE_INTEGER),
    );
    for (const locale of ['vi', 'en'])
      for (const options of optionSets) {
        const ours = numberFormat(locale, options);
        const intl = new Intl.NumberFormat(locale, options);
        fc.assert(fc.property(wholeNumbers, (value) => ours.format(value) === intl.format(value)));
      }
  });

  it('leaves other locales, regions included, to Intl, which may group digits otherwise', () => {
    expect(numberFormat('en-IN').format(1234567)).toBe('12,34,567');
    expect(numberFormat('vi-VN').format(1234567)).toBe('1.234.567');
  });

  it('builds no Intl.NumberFormat until it meets a number it cannot write itself', () => {
    const built = vi.spyOn(Intl, 'NumberFormat');
    try {
      const fresh = numberFormat('vi', { maximumFractionDigits: 3 });
      expect(fresh.format(0)).toBe('0');
      expect(fresh.format(5_000_000)).toBe('5.000.000');
      expect(built).not.toHaveBeenCalled();
      expect(fresh.format(1234.5)).toBe('1.234,5');
      expect(built).toHaveBeenCalledTimes(1);
    } finally {
      built.mockRestore();
    }
  });
});

describe('plural rules that answer for the site’s own languages', () => {
  it('choose the same category as Intl for any count, whole or not, in both languages', () => {
    const counts = fc.oneof(
      fc.integer({ min: -3, max: 3 }),
      fc.integer(),
      fc.double(),
      fc.constantFrom(1, 1.0, -1, 0.5, 1.5, 0, -0),
    );
    for (const locale of ['vi', 'en']) {
      const intl = new Intl.PluralRules(locale);
      fc.assert(
        fc.property(counts, (count) => pluralRulesFor(locale).select(count) === intl.select(count)),
      );
    }
  });

  it('build no Intl.PluralRules for English or Vietnamese, and use Intl for other languages', () => {
    const built = vi.spyOn(Intl, 'PluralRules');
    try {
      expect(pluralRulesFor('en').select(1)).toBe('one');
      expect(pluralRulesFor('vi').select(2)).toBe('other');
      expect(built).not.toHaveBeenCalled();
      expect(pluralRulesFor('fr').select(1.5)).toBe('one');
      expect(built).toHaveBeenCalledTimes(1);
    } finally {
      built.mockRestore();
    }
  });
});
