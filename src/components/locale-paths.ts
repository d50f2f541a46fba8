import { isLocale, LOCALES, type Locale } from '../lib/i18n/locale';

/** getStaticPaths for a page that exists once per locale. */
export function localeStaticPaths(): { params: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale } }));
}

/**
 * The locale of a page under `src/pages/[locale]/`, checked rather than cast: Astro types route
 * params as plain strings, and a page built for an unknown locale should fail the build loudly.
 *
 * @example const locale = pageLocale(Astro.params);
 */
export function pageLocale(params: Readonly<Record<string, string | undefined>>): Locale {
  const { locale } = params;
  if (!isLocale(locale)) throw new Error(`locale-paths/pageLocale: no such locale "${locale}"`);
  return locale;
}
