/**
 * The Pagefind queries to try for what the reader typed, in order, stopping at the first that
 * finds something. Pagefind matches the words of a query anywhere in a page; a Vietnamese term is
 * usually several one-syllable words ('quan hệ yếu', weak tie), whose syllables alone occur on
 * every page. So a query of several words is first tried as an exact phrase (Pagefind's quoted
 * form), then, if that finds nothing, as separate words. The same helps English terms ('weak ties').
 *
 * @example pagefindQueries('quan hệ yếu') // ['"quan hệ yếu"', 'quan hệ yếu']
 * @example pagefindQueries('Dunbar') // ['Dunbar']
 */
export function pagefindQueries(typed: string): string[] {
  const query = typed.trim().replace(/\s+/g, ' ');
  if (query === '') return [];
  if (query.includes('"') || !query.includes(' ')) return [query];
  return [`"${query}"`, query];
}
