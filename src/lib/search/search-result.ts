import { z } from 'zod';
import { excerptSegments, type ExcerptSegment } from './excerpt-segments';

// As in src/lib/storage/envelope.ts: the search island may be the first to load zod, whose probe
// for `new Function` the CSP blocks (and reports), so it is told not to try.
z.config({ jitless: true });

/**
 * The part of a Pagefind result's `data()` the search page uses (Pagefind 1.x). Pagefind is a
 * separate script loaded at run time, so its answer is checked like any other outside input.
 */
export const pagefindResultSchema = z.object({
  url: z.string(),
  excerpt: z.string().default(''),
  meta: z.object({ title: z.string().optional() }).default({}),
  sub_results: z
    .array(
      z.object({ url: z.string(), title: z.string().default(''), excerpt: z.string().default('') }),
    )
    .default([]),
});

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
  const parsed = pagefindResultSchema.safeParse(raw);
  if (!parsed.success || !isSitePath(parsed.data.url)) return undefined;
  const { url, excerpt, meta, sub_results: subResults } = parsed.data;
  const title = meta.title?.trim() || fallbackTitle;
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
