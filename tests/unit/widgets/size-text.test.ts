import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/lib/i18n/locale';
import { sizeText } from '../../../src/widgets/your-data/size-text';

/** What the storage panel wrote before, with Intl: the text sizeText must match. */
function intlSize(bytes: number, locale: Locale): string {
  const [unit, scale] =
    bytes >= 1e9 ? ['gigabyte', 1e9] : bytes >= 1e6 ? ['megabyte', 1e6] : ['kilobyte', 1e3];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(
    bytes / scale,
  );
}

describe('a storage size written without Intl', () => {
  it('reads as Intl writes it, in both languages', () => {
    expect(sizeText(2_500_000, 'en')).toBe('2.5 MB');
    expect(sizeText(2_500_000, 'vi')).toBe('2,5 MB');
    expect(sizeText(10e9, 'en')).toBe('10 GB');
    expect(sizeText(0, 'vi')).toBe('0 kB');
    expect(sizeText(2.5e12, 'en')).toBe('2,500 GB');
    expect(sizeText(12_345_670e6, 'vi')).toBe('12.345,7 GB');
  });

  it('matches Intl on the edges where rounding carries into the next digit or unit', () => {
    for (const bytes of [999_949, 999_950, 999_999, 999_950_000, 999_999_999, 1e9, 1e12, 50, 49])
      for (const locale of LOCALES) expect(sizeText(bytes, locale)).toBe(intlSize(bytes, locale));
  });

  it('matches Intl for any size a browser may report', () => {
    const bytes = fc.oneof(
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      fc.double({ min: 0, max: 1e15, noNaN: true }),
      fc.double({ min: 1e15, max: 1e30, noNaN: true }),
    );
    fc.assert(
      fc.property(bytes, fc.constantFrom(...LOCALES), (size, locale) => {
        expect(sizeText(size, locale)).toBe(intlSize(size, locale));
      }),
      { numRuns: 2000 },
    );
  });
});
