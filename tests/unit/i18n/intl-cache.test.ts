import { describe, expect, it } from 'vitest';
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
