import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/**
 * What the offline copy holds: every page in both languages, the scripts and styles, the icons and
 * manifests, and the search index (Pagefind's own search script, its worker, WebAssembly and index
 * files; not its ready-made UI, which the site does not use).
 */
export const PRECACHE_GLOBS = [
  '**/*.{html,js,css,svg,png,webmanifest}',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
  'pagefind/index/*',
  'pagefind/fragment/*',
];
export const PRECACHE_IGNORES = [
  'pagefind/pagefind-*ui*',
  'pagefind/pagefind-highlight.js',
  'sw.js',
];

/**
 * Writes `sw.js` into the built site with Workbox (a maintained generator, not a hand-written
 * cache): on the first visit it stores every file above, so that in a workshop room without Wi-Fi,
 * or on a train, every page opens, the exercises save, search finds lessons and the worksheet prints.
 *
 * A new deploy changes the revisions in the worker; the browser finds the new worker on the next
 * page load, and `skipWaiting` + `clientsClaim` let it take over at once, so a stale page is never
 * served for more than one reload. The page then says "a new version is ready — reload"
 * (src/components/OfflineSupport.astro).
 */
export async function writeServiceWorker(outDir: string): Promise<{ count: number; size: number }> {
  // The addresses in the manifest are relative to sw.js, which sits at the site's base: the same
  // worker serves a build at a host's root or under a sub-path.
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORES,
    swDest: `${outDir.replace(/\/$/, '')}/sw.js`,
    // Pages are folders (trailingSlash: 'always'): /vi/map/ is /vi/map/index.html.
    directoryIndex: 'index.html',
    // The search page keeps the query in ?q=…, the same page whatever the query; Pagefind asks for
    // its entry file and metadata with ?ts=… to get past the HTTP cache.
    ignoreURLParametersMatching: [/^q$/, /^ts$/, /^utm_/, /^fbclid$/],
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // The Workbox runtime goes in a file of its own beside sw.js (no inline code: strict CSP).
    inlineWorkboxRuntime: false,
    sourcemap: false,
    mode: 'production',
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  if (warnings.length > 0) throw new Error(`integrations/serviceWorker: ${warnings.join('; ')}`);
  return { count, size };
}

/** Runs writeServiceWorker at the end of `astro build`, after the search index is written. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`offline copy: ${count} files, ${Math.round(size / 1024)} KiB precached`);
      },
    },
  };
}
