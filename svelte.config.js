import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // Nothing reads the version a page's Svelte announces (window.__svelte): one request less.
  compilerOptions: { discloseVersion: false },
};
