/**
 * Intl formatters, built once per locale and options and then shared. Building one costs far more
 * than using it (a `NumberFormat` is about 50 µs in Chromium): a map of 1,000 people that built two
 * per label spent half of each edit here.
 */
const numberFormats = new Map<string, NumberFormatter>();
const pluralRules = new Map<string, Intl.PluralRules>();

function keyOf(locale: string, options: object | undefined): string {
  return options === undefined ? locale : `${locale}\u0000${JSON.stringify(options)}`;
}

/** What the site asks of a number format: a number written in the locale's style. */
export interface NumberFormatter {
  format(value: number): string;
}

/**
 * Locales written with Latin digits and grouped in thousands: below 1,000 a whole number reads the
 * same in them as `String(value)`. The site's locales are Vietnamese and English.
 */
const LATIN_THOUSANDS = /^(?:en|vi)(?:-|$)/;

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
 * first one a page builds makes Chromium load its number data, 35–225 ms measured here (four times
 * that on Lighthouse's slowed phone), and a page that opens on "0 people" need not pay it while it
 * wakes up. A whole number from 0 to 999 is written as its digits, as Intl would write it.
 */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): NumberFormatter {
  const key = keyOf(locale, options);
  let cached = numberFormats.get(key);
  if (cached === undefined) {
    let intl: Intl.NumberFormat | undefined;
    const short = LATIN_THOUSANDS.test(locale) && plainForWholeNumbers(options);
    cached = {
      format(value) {
        if (short && Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
        intl ??= new Intl.NumberFormat(locale, options);
        return intl.format(value);
      },
    };
    numberFormats.set(key, cached);
  }
  return cached;
}

/** The locale's plural rules (cardinal), built once per locale. */
export function pluralRulesFor(locale: string): Intl.PluralRules {
  let cached = pluralRules.get(locale);
  if (cached === undefined) {
    cached = new Intl.PluralRules(locale);
    pluralRules.set(locale, cached);
  }
  return cached;
}
