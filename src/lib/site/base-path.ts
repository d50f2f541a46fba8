/**
 * Addresses under the site's base path. A static host may serve the workbook at its root ('/') or
 * under a sub-path ('/workbook/', as a GitHub Pages project site does); Astro passes that base as
 * `import.meta.env.BASE_URL`. These functions take it as an argument so they stay pure.
 */

/** The base with exactly one slash at each end: '' → '/', 'workbook' → '/workbook/'. */
export function normalizeBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

/**
 * A path below the base. @example joinBase('/workbook/', 'vi/map/') // '/workbook/vi/map/'
 */
export function joinBase(base: string, path: string): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/**
 * The part of an address's path after the base, without a leading slash; an address outside the
 * base is returned without its leading slash.
 * @example stripBase('/workbook/', '/workbook/en/glossary/') // 'en/glossary/'
 */
export function stripBase(base: string, pathname: string): string {
  const prefix = normalizeBase(base);
  const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
  return path.replace(/^\/+/, '');
}

/**
 * The absolute address of a path of this site, for `hreflang` links and the web app manifest, which
 * search engines and browsers read without a page to resolve against.
 * @example absoluteUrl('https://example.org', '/workbook/', 'en/') // 'https://example.org/workbook/en/'
 */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(joinBase(base, path), site).href;
}
