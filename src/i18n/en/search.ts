import type { search as vi } from '../vi/search';

/** The search page (English). */
export const search: Record<keyof typeof vi, string> = {
  'nav.search': 'Search',
  'search.title': 'Search the workbook',
  'search.lead':
    'Look for a word or an idea in the lessons and the glossary. Results come from the English pages only.',
  'search.label': 'What are you looking for?',
  'search.submit': 'Search',
  'search.try': 'Try:',
  'search.examples': 'weak ties, Dunbar, double opt-in, structural holes',
  'search.loading': 'Loading search…',
  'search.count': 'Found {count, plural, one {# page} other {# pages}} matching “{query}”.',
  'search.none': 'No page matches “{query}”. Try another word, or a shorter one.',
  'search.failed': 'Search could not load. Reload the page and try again.',
  'search.results': 'Search results',
  'search.sections': 'Matching parts of the page',
  'search.noscript':
    'Search needs JavaScript. You can still read every lesson from the lesson list and look terms up in the glossary.',
};
