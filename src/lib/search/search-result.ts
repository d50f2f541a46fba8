import { excerptSegments, type ExcerptSegment } from './excerpt-segments';

/**
 * The part of a Pagefind result's `data()` the search page uses (Pagefind 1.x). Pagefind is a
 * separate script loaded at run time, so its answer is checked like any other outside input; but
 * it is checked field by field rather than with zod, which would be the search island's heaviest
 * part (15 to 25 KB gzip) for these four fields.
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  title: string | undefined;
  subResults: { url: string; title: string; excerpt: string }[];
}

function field(record: unknown, name: string): unknown {
  return typeof record === 'object' && record !== null
    ? (record as Record<string, unknown>)[name]
    : undefined;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Reads the fields the page uses from a Pagefind result; missing text fields become empty,
 * sub-results without an address are dropped. Undefined when the result has no address.
 */
export function parsePagefindResult(raw: unknown): PagefindResultData | undefined {
  const url = field(raw, 'url');
  if (typeof url !== 'string') return undefined;
  const title = field(field(raw, 'meta'), 'title');
  const subResults = field(raw, 'sub_results');
  return {
    url,
    excerpt: text(field(raw, 'excerpt')),
    title: typeof title === 'string' ? title : undefined,
    subResults: (Array.isArray(subResults) ? (subResults as unknown[]) : []).flatMap((sub) => {
      const subUrl = field(sub, 'url');
      return typeof subUrl === 'string'
        ? [{ url: subUrl, title: text(field(sub, 'title')), excerpt: text(field(sub, 'excerpt')) }]
        : [];
    }),
  };
}

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
 * `MAX_SECTIONS` matching sections that have their own anchor. Undefined when the result is not
 * one Pagefind would give (wrong shape, or a link off this site).
 *
 * @param fallbackTitle shown for a page without a title (Pagefind takes it from the first h1)
 */
export function readSearchResult(raw: unknown, fallbackTitle: string): SearchHit | undefined {
  const parsed = parsePagefindResult(raw);
  if (!parsed || !isSitePath(parsed.url)) return undefined;
  const { url, excerpt, subResults } = parsed;
  const title = parsed.title?.trim() || fallbackTitle;
  const sections = subResults
    // A sub-result without an anchor is the text above the first heading: the page itself.
    .filter(
      (section) => section.url !== url && section.url.includes('#') && isSitePath(section.url),
    )
    .slice(0, MAX_SECTIONS)
    .map((section) => ({
      url: section.url,
      title: section.title.trim() || title,
      excerpt: excerptSegments(section.excerpt),
    }));
  return { url, title, excerpt: excerptSegments(excerpt), sections };
}
