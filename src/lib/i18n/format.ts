import { numberFormat, pluralRulesFor } from './intl-cache';

/** Values a UI string can take: `{name}` in the string is replaced by `params.name`. */
export type FormatParams = Readonly<Record<string, string | number>>;

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills a UI string. Supports `{name}` placeholders and the ICU plural form
 * `{count, plural, one {# person} other {# people}}`, where `#` is the number written in the
 * locale's style. Unknown placeholders are left as they are, so a missing value is visible.
 *
 * @example format('{count, plural, one {# person} other {# people}}', { count: 2 }, 'en')
 *          // '2 people'
 */
export function format(template: string, params: FormatParams = {}, locale = 'en'): string {
  // Looked up only when the template has a number to write: see `numberFormat`.
  const numbers = () => numberFormat(locale);
  const withPlurals = template.replace(PLURAL, (whole, name: string, branches: string) => {
    const value = params[name];
    if (typeof value !== 'number') return whole;
    const options = new Map<string, string>();
    for (const [, selector = '', text = ''] of branches.matchAll(BRANCH))
      options.set(selector, text);
    const chosen =
      options.get(`=${value}`) ??
      options.get(pluralRulesFor(locale).select(value)) ??
      options.get('other');
    return (chosen ?? '').replaceAll('#', numbers().format(value));
  });
  return withPlurals.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers().format(value) : value;
  });
}
