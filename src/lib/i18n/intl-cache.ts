/**
 * Intl formatters, built once per locale and options and then shared. Building one costs far more
 * than using it (a `NumberFormat` is about 50 µs in Chromium): a map of 1,000 people that built two
 * per label spent half of each edit here. The first of each kind a page builds costs far more again:
 * Chromium loads the locale's data for it (see `numberFormat` and `pluralRulesFor`).
 */
const numberFormats = new Map<string, NumberFormatter>();
const pluralRules = new Map<string, PluralSelector>();

function keyOf(locale: string, options: object | undefined): string {
  return options === undefined ? locale : `${locale}\u0000${JSON.stringify(options)}`;
}

/** What the site asks of a number format: a number written in the locale's style. */
export interface NumberFormatter {
  format(value: number): string;
}

/** What the site asks of plural rules: the cardinal category of a count. */
export interface PluralSelector {
  select(value: number): Intl.LDMLPluralRule;
}

/**
 * The thousands separator of the site's two locales, both written with Latin digits and grouped in
 * threes from the first thousand on (Intl writes 1234 as "1,234" in English, "1.234" in
 * Vietnamese). Other locales, regions included, go to Intl: en-IN writes "12,34,567".
 */
const separatorOf = (locale: string) => (locale === 'en' ? ',' : locale === 'vi' ? '.' : undefined);

/**
 * A whole number's digits grouped in threes: `grouped(-1234567, ',')` is "-1,234,567", and -0 is
 * "-0" as Intl writes it (`1 / value` is negative for both). Short, because the practice lesson's
 * first load is at its budget.
 */
const grouped = (value: number, separator: string): string =>
  (1 / value < 0 ? '-' : '') + String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, separator);

/** Options that leave a whole number as its plain digits (a sign, a unit or padding would not). */
function plainForWholeNumbers(options: Intl.NumberFormatOptions | undefined): boolean {
  return (
    options === undefined ||
    Object.entries(options).every(
      ([name, value]) =>
        value === undefined ||
        name === 'maximumFractionDigits' ||
        (name === 'minimumFractionDigits' && value === 0),
    )
  );
}

/**
 * The locale's number format for `options`, the same object on every call with equal arguments.
 * The `Intl.NumberFormat` behind it is built on the first number it cannot write by itself: the
 * first one a page builds makes Chromium load its number data, 35–225 ms measured here, 33–540 ms
 * with the CPU slowed four times as Lighthouse's phone is, all of it inside the island's first
 * hydration (a page that opens on "5,000,000 bytes" paid it). A whole number in English or
 * Vietnamese is written here exactly as Intl would write it (tests/unit/i18n/intl-cache.test.ts
 * compares the two); fractions and other locales go to Intl.
 */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): NumberFormatter {
  const key = keyOf(locale, options);
  let cached = numberFormats.get(key);
  if (cached === undefined) {
    let intl: Intl.NumberFormat | undefined;
    const separator = plainForWholeNumbers(options) ? separatorOf(locale) : undefined;
    cached = {
      format(value) {
        if (separator !== undefined && Number.isSafeInteger(value))
          return grouped(value, separator);
        intl ??= new Intl.NumberFormat(locale, options);
        return intl.format(value);
      },
    };
    numberFormats.set(key, cached);
  }
  return cached;
}

/**
 * The locale's plural rules (cardinal), one object per locale. The first `Intl.PluralRules` a page
 * builds costs 2–114 ms with the CPU slowed four times (Chromium loads the locale's rules), inside
 * the island's first hydration whenever a string counts something. The site's two locales are
 * answered from their CLDR rules (the tests compare them with Intl):
 * Vietnamese has no plural forms; English says "one" for exactly 1 (or -1), "other" for the rest,
 * fractions included.
 */
export function pluralRulesFor(locale: string): PluralSelector {
  let cached = pluralRules.get(locale);
  if (cached === undefined) {
    cached =
      locale === 'en'
        ? { select: (value) => (Math.abs(value) === 1 ? 'one' : 'other') }
        : locale === 'vi'
          ? { select: () => 'other' }
          : new Intl.PluralRules(locale);
    pluralRules.set(locale, cached);
  }
  return cached;
}
