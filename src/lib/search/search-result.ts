import { containsStrictWords, refineMarks, words } from './diacritic-match';
import { excerptSegments, joinMarkedRuns, type ExcerptSegment } from './excerpt-segments';
import { parsePagefindResult } from './pagefind-result';

/** One section of a page that matched: a heading of a lesson, or a term of the glossary. */
export interface SearchSection {
  url: string;
  title: string;
  excerpt: ExcerptSegment[];
}

/** One page found, ready to show as text. */
export interface SearchHit {
  url: string;
  title: string;
  excerpt: ExcerptSegment[];
  sections: SearchSection[];
}

/** How many matching sections are listed under a page. */
export const MAX_SECTIONS = 3;

/**
 * Whether a result address is a path on this site: results become links, so anything that could
 * lead elsewhere (another origin, `javascript:`) is dropped.
 */
export function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !/[\\\s]/.test(url);
}

/**
 * Reads one Pagefind result into a hit: the page's title, link and excerpt, and up to
 * `MAX_SECTIONS` matching sections that have their own anchor. Words the reader typed with
 * diacritics must appear as typed (see diacritic-match.ts): a page that only has look-alikes is
 * dropped, and so is a section whose excerpt keeps no mark. Undefined when the result is not one
 * Pagefind would give (wrong shape, or a link off this site) or does not match.
 *
 * @param fallbackTitle shown for a page without a title (Pagefind takes it from the first h1)
 * @param query what the reader typed
 */
export function readSearchResult(
  raw: unknown,
  fallbackTitle: string,
  query = '',
): SearchHit | undefined {
  const parsed = parsePagefindResult(raw);
  if (!parsed || !isSitePath(parsed.url)) return undefined;
  const queryWords = words(query);
  if (!containsStrictWords(parsed.content, queryWords)) return undefined;
  const { url, subResults } = parsed;
  const title = parsed.title?.trim() || fallbackTitle;
  const sections = subResults
    // A sub-result without an anchor is the text above the first heading: the page itself.
    .filter(
      (section) => section.url !== url && section.url.includes('#') && isSitePath(section.url),
    )
    .map((section) => ({
      url: section.url,
      title: section.title.trim() || title,
      excerpt: joinMarkedRuns(refineMarks(excerptSegments(section.excerpt), queryWords)),
    }))
    .filter((section) => section.excerpt.some((segment) => segment.marked))
    .slice(0, MAX_SECTIONS);
  const excerpt = joinMarkedRuns(refineMarks(excerptSegments(parsed.excerpt), queryWords));
  return { url, title, excerpt, sections };
}
