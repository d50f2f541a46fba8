// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';

export default defineConfig({
  site: 'https://share-your-network.example',
  output: 'static',
  trailingSlash: 'always',
  integrations: [svelte(), mdx()],
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Shiki writes inline styles that the CSP would block; the lessons need no code highlighting.
  markdown: { syntaxHighlight: false },
  security: { csp: true },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
