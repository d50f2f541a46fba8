import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/*
 * Vite wraps every `import()` of the browser build in a helper (`\0vite/preload-helper.js`) that,
 * before the part's own chunk, asks for the chunks it imports (`<link rel="modulepreload">`), so
 * that a lazy part arrives in one round trip rather than a waterfall, and for their stylesheets.
 * Every widget page carries it: 0.9 KB gzip, most of it for what this site never uses: a CSP nonce
 * (Astro hashes instead), stylesheets (lazy-chunk-check.ts stops any build whose lazy parts would
 * name one: Astro puts their CSS in the page's own stylesheet), the `vite:preloadError` event
 * (nothing listens for it) and a `rel="preload"` fallback for browsers without modulepreload
 * (they still load the part, only one chunk after another). This one keeps the modulepreload
 * links and nothing else. Vite's source: `preload()` in vite/dist/node/chunks/node.js; its
 * signature is `(load, deps, importerUrl)`, with `deps` relative to `base`.
 */

const HELPER_ID = '\0vite/preload-helper.js';

/** The helper's source, for a site served under `base`. */
export function preloadHelperSource(base: string): string {
  return `const asked = new Set();
export const __vitePreload = (load, deps) => {
  for (const dep of deps || []) {
    const href = new URL(${JSON.stringify(base)} + dep, import.meta.url).href;
    if (asked.has(href)) continue;
    asked.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
  }
  return load();
};
`;
}

/** Replaces Vite's preload helper in the browser build with `preloadHelperSource`. */
export function smallPreloadHelper(): AstroIntegration {
  return {
    name: 'small-preload-helper',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // Vite's own `base`, which always ends with a slash, as in the helper it replaces.
        let base = '/';
        const plugin: Plugin = {
          name: 'small-preload-helper',
          enforce: 'pre',
          configResolved: (resolved) => {
            base = resolved.base;
          },
          applyToEnvironment: (environment) => environment.name === 'client',
          load: {
            filter: { id: /^\0vite\/preload-helper\.js$/ },
            handler: (id) => (id === HELPER_ID ? preloadHelperSource(base) : undefined),
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
