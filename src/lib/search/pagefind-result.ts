/**
 * The part of a Pagefind result's `data()` the search page uses (Pagefind 1.x). Pagefind is a
 * separate script loaded at run time, so its answer is checked like any other outside input; but
 * it is checked field by field rather than with a schema, which would bring the validator (about
 * 3 KB gzip) into the search island for these few fields.
 */
export interface PagefindResultData {
  url: string;
  /** The page's whole indexed text. */
  content: string;
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
 * Reads the fields the page uses from a Pagefind result; text fields of another type become
 * empty, sub-results without an address are dropped. Undefined when the result has no address.
 *
 * @example parsePagefindResult({ url: '/vi/glossary/' })
 * // { url: '/vi/glossary/', content: '', excerpt: '', title: undefined, subResults: [] }
 */
export function parsePagefindResult(raw: unknown): PagefindResultData | undefined {
  const url = field(raw, 'url');
  if (typeof url !== 'string') return undefined;
  const title = field(field(raw, 'meta'), 'title');
  const subResults = field(raw, 'sub_results');
  return {
    url,
    content: text(field(raw, 'content')),
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
