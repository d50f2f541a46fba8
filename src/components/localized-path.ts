import { LOCALES, type Locale } from '../i18n/locales';

/** The address of a page in a locale. @example localizedPath('en', 'lessons/') // '/en/lessons/' */
export function localizedPath(locale: Locale, path = ''): string {
  return `/${locale}/${path.replace(/^\/+/, '')}`;
}

/**
 * The same page in another locale: the first segment of the path names the locale.
 * @example switchLocalePath('/vi/lessons/resource/', 'en') // '/en/lessons/resource/'
 */
export function switchLocalePath(pathname: string, to: Locale): string {
  const segments = pathname.split('/');
  if ((LOCALES as readonly string[]).includes(segments[1] ?? '')) segments[1] = to;
  else segments.splice(1, 0, to);
  return segments.join('/') || `/${to}/`;
}
