// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { chunkGroups } from './src/integrations/chunk-groups.ts';
import { lazyChunkCheck } from './src/integrations/lazy-chunk-check.ts';
import { smallPreloadHelper } from './src/integrations/preload-helper.ts';
import { pacedHydration } from './src/integrations/paced-hydration.ts';

export default defineConfig({
  site: 'https://share-your-network.example',
  // A sub-path such as a GitHub Pages project site ('/workbook/'): see README, "Deploy".
  base: process.env.SITE_BASE ?? '/',
  // The test build under a sub-path goes to a folder of its own (tests/e2e/base-path.spec.ts).
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  output: 'static',
  trailingSlash: 'always',
  // The service worker precaches the search index too, so it runs after Pagefind. The chunk groups
  // put modules fetched together in one file; the check stops a build whose lazy parts would ask
  // for a file that is not written (src/integrations/lazy-chunk-check.ts).
  integrations: [
    svelte(),
    mdx(),
    chunkGroups(),
    lazyChunkCheck(),
    smallPreloadHelper(),
    pacedHydration(),
    pagefindIndex(),
    serviceWorker(),
  ],
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Shiki writes inline styles that the CSP would block; the lessons need no code highlighting.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      // Astro hashes every script and style it emits; everything else may come from this site only.
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
