/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { svelteTesting } from '@testing-library/svelte/vite';

// getViteConfig gives Vitest Astro's own Vite setup (Svelte, aliases); svelteTesting() resolves the
// browser build of Svelte so that component tests can mount (without it: lifecycle_function_unavailable).
export default getViteConfig({
  plugins: [svelteTesting()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: [
      'tests/unit/setup/let-stores-unmount.ts',
      'tests/unit/setup/lazy-parts.ts',
      'tests/unit/setup/leave-the-page.ts',
    ],
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
