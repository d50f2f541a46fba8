import { LOCALES, type Locale } from '../i18n/locales';

/** getStaticPaths for a page that exists once per locale. */
export function localeStaticPaths(): { params: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale } }));
}
