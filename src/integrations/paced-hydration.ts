import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/*
 * Adds `client:paced`, the directive of the widget pages' islands: `client:load` with a break
 * between the island's code and its hydration (src/integrations/paced-directive.ts says why).
 * Astro inlines a directive's script in the page and hashes it into the page's CSP like its own.
 */

declare module 'astro' {
  interface AstroClientDirectives {
    'client:paced'?: boolean;
  }
}

export function pacedHydration(): AstroIntegration {
  return {
    name: 'paced-hydration',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'paced',
          // A path: Astro hands it to esbuild as an import specifier, where a file: URL does not resolve.
          entrypoint: fileURLToPath(new URL('./paced-directive.ts', import.meta.url)),
        });
      },
    },
  };
}
