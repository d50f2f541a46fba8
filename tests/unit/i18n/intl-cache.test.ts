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

describe('a number format that writes small whole numbers itself', () => {
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

  it('builds no Intl.NumberFormat until it meets a number it cannot write itself', () => {
    const built = vi.spyOn(Intl, 'NumberFormat');
    try {
      const fresh = numberFormat('vi', { maximumFractionDigits: 3 });
      expect(fresh.format(0)).toBe('0');
      expect(fresh.format(42)).toBe('42');
      expect(built).not.toHaveBeenCalled();
      expect(fresh.format(1234)).toBe('1.234');
      expect(built).toHaveBeenCalledTimes(1);
    } finally {
      built.mockRestore();
    }
  });
});
