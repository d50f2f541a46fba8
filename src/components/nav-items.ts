import type { UiKey } from '../i18n/ui';

/**
 * The header's navigation, in order. Each section of the workbook adds itself here when it lands;
 * `path` is the part of the address after the locale.
 */
export const NAV_ITEMS: readonly { key: UiKey; path: string }[] = [
  { key: 'nav.home', path: '' },
  { key: 'nav.lessons', path: 'lessons/' },
  { key: 'nav.map', path: 'map/' },
  { key: 'nav.import', path: 'import/' },
  { key: 'nav.introductions', path: 'introductions/' },
  { key: 'nav.worksheet', path: 'worksheet/' },
  { key: 'nav.glossary', path: 'glossary/' },
  { key: 'nav.search', path: 'search/' },
];
