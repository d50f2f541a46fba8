/** The only link schemes the workbook ever keeps: a `javascript:` link must never reach an href. */
export const SAFE_URL_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];

const MAX_URL_LENGTH = 2000;
// "www.example.com/x" or "example.com": a web address typed without its scheme.
const BARE_HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/:?#]|$)/i;

/**
 * Keeps a link only when the URL parser says it is http(s) or mailto; anything else comes back
 * as ''. Credentials written into the link are dropped. A bare host gets `https://`.
 *
 * @example safeUrl('javascript:alert(1)') // ''
 * @example safeUrl('harbor-dental.example.com') // 'https://harbor-dental.example.com/'
 */
export function safeUrl(raw: string): string {
  const value = raw.trim();
  if (value === '' || value.length > MAX_URL_LENGTH) return '';
  const url = parseUrl(value) ?? (BARE_HOST.test(value) ? parseUrl(`https://${value}`) : undefined);
  if (!url || !SAFE_URL_PROTOCOLS.includes(url.protocol)) return '';
  if (url.protocol !== 'mailto:' && url.hostname === '') return '';
  url.username = '';
  url.password = '';
  const href = url.href;
  return href.length > MAX_URL_LENGTH ? '' : href;
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
