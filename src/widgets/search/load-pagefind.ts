import { sitePath } from '../../components/localized-path';

/**
 * Loads Pagefind's search script from this site, once, when the reader first wants to search.
 * The address is built at run time so that Vite neither bundles nor resolves it: the file exists
 * only after the build has indexed the site (src/integrations/pagefind-index.ts). Pagefind picks
 * the index of the page's own language from `<html lang>`, so results stay in that language.
 */

/** One result of a search; `data()` fetches its title, address and excerpt. */
export interface PagefindResult {
  id: string;
  data: () => Promise<unknown>;
}

/** The part of Pagefind's JavaScript API the search page uses (Pagefind 1.x). */
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string,
    options?: Record<string, unknown>,
  ) => Promise<{ results: PagefindResult[] }>;
  /** Resolves to null when a newer search started within the debounce time. */
  debouncedSearch: (
    term: string,
    options?: Record<string, unknown>,
    debounceMs?: number,
  ) => Promise<{ results: PagefindResult[] } | null>;
}

const PAGEFIND_URL = sitePath('pagefind/pagefind.js');

let loading: Promise<PagefindApi> | undefined;

function isPagefindApi(module: unknown): module is PagefindApi {
  if (typeof module !== 'object' || module === null) return false;
  const api = module as Record<string, unknown>;
  return ['options', 'init', 'debouncedSearch'].every((name) => typeof api[name] === 'function');
}

/**
 * Pagefind's API, loaded and initialised on first call; later calls share the same promise. A
 * failed load is forgotten so that the next call tries again (the reader may have been offline
 * before the site was cached, or the index may be missing in `astro dev`).
 *
 * @throws Error 'search/loadPagefind: …' when the script is missing or is not Pagefind
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const module: unknown = await import(/* @vite-ignore */ PAGEFIND_URL);
    if (!isPagefindApi(module)) {
      throw new Error(`search/loadPagefind: ${PAGEFIND_URL} is not Pagefind's search API`);
    }
    // Result addresses start at the site's base (a sub-path such as /workbook/ on a project site).
    await module.options({ excerptLength: 26, baseUrl: sitePath('') });
    await module.init();
    return module;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error instanceof Error ? error : new Error(`search/loadPagefind: ${String(error)}`);
  });
  return loading;
}
