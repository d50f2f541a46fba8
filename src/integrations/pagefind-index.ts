import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * What the index leaves out of the lesson and glossary articles (each marked data-pagefind-body):
 * islands are controls, not reading text ("Mark as done" would otherwise match every lesson);
 * the table of contents repeats the headings; the objectives sum up the text below them (as a
 * heading of their own they would come first among every lesson's matching sections); a box's
 * kind ("Research") is a label, not text.
 */
export const EXCLUDED_FROM_SEARCH = ['astro-island', '.toc', '.objectives', '.aside-kind'];

/**
 * Builds the Pagefind search index into dist/pagefind/ at the end of `astro build`, so that every
 * build (not only `npm run build`) can be searched. Pagefind splits the index by each page's
 * `<html lang>`: a reader on a Vietnamese page searches the Vietnamese pages only.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_SEARCH });
          if (!created.index) {
            throw new Error(`integrations/pagefindIndex: ${created.errors.join('; ')}`);
          }
          const added = await created.index.addDirectory({ path: site });
          if (added.errors.length > 0) {
            throw new Error(`integrations/pagefindIndex: ${added.errors.join('; ')}`);
          }
          const written = await created.index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) {
            throw new Error(`integrations/pagefindIndex: ${written.errors.join('; ')}`);
          }
          logger.info(
            `search index built from ${added.page_count} pages (only data-pagefind-body ones are searchable)`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
