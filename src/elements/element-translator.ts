import type { Translator } from '../i18n/ui';
import { isLocale, type Locale } from '../lib/i18n/locale';
import { translator } from '../lib/i18n/translator';

/**
 * The translate function of a custom element: over the strings its server-rendered HTML carries in
 * `data-strings` (see strings.ts), in the language of `data-locale`. Broken or missing JSON gives
 * an empty table, so a key shows itself rather than the element failing.
 */
export function elementTranslator<Area extends string>(element: HTMLElement): Translator<Area> {
  let strings: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(element.dataset['strings'] ?? '{}');
    if (parsed !== null && typeof parsed === 'object') strings = parsed as Record<string, string>;
  } catch {
    // Left empty: the keys show themselves and are noticed.
  }
  return translator(elementLocale(element), strings);
}

/** The language an element speaks: its `data-locale`, else the page's, else Vietnamese. */
export function elementLocale(element: HTMLElement): Locale {
  const wanted = element.dataset['locale'] ?? element.ownerDocument.documentElement.lang;
  return isLocale(wanted) ? wanted : 'vi';
}

/**
 * Registers a custom element once: a page (or a test) may load the module more than once.
 *
 * @example defineElement('answer-box', AnswerBoxElement)
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (customElements.get(name) === undefined) customElements.define(name, element);
}
