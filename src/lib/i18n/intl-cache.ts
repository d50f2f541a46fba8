/**
 * Intl formatters, built once per locale and options and then shared. Building one costs far more
 * than using it (a `NumberFormat` is about 50 µs in Chromium): a map of 1,000 people that built two
 * per label spent half of each edit here.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function keyOf(locale: string, options: object | undefined): string {
  return options === undefined ? locale : `${locale}\u0000${JSON.stringify(options)}`;
}

/** The locale's number format for `options`, the same object on every call with equal arguments. */
export function numberFormat(
  locale: string,
  options?: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = keyOf(locale, options);
  let cached = numberFormats.get(key);
  if (cached === undefined) {
    cached = new Intl.NumberFormat(locale, options);
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
