import { LOCALES, type Locale } from '../lib/i18n/locale';
import { joinBase, stripBase } from '../lib/site/base-path';

/**
 * The site's base path ('/' or, for a project site, '/workbook/'), from `base` in astro.config.mjs.
 * Every address the site writes goes through it, so the same build works at a host's root or under
 * a sub-path.
 */
export const BASE = import.meta.env.BASE_URL;

/** The address of a page in a locale. @example localizedPath('en', 'lessons/') // '/en/lessons/' */
export function localizedPath(locale: Locale, path = ''): string {
  return joinBase(BASE, `${locale}/${path.replace(/^\/+/, '')}`);
}

/** The address of a file at the site's root. @example sitePath('pagefind/pagefind.js') */
export function sitePath(path: string): string {
  return joinBase(BASE, path);
}

/**
 * The same page in another locale: the first segment of the path (after the base) names the locale.
 * @example switchLocalePath('/vi/lessons/resource/', 'en') // '/en/lessons/resource/'
 */
export function switchLocalePath(pathname: string, to: Locale): string {
  const segments = stripBase(BASE, pathname).split('/');
  if ((LOCALES as readonly string[]).includes(segments[0] ?? '')) segments[0] = to;
  else segments.unshift(to);
  const path = segments.join('/');
  return joinBase(BASE, path === to ? `${to}/` : path);
}
