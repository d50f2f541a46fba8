import { expect, test } from './fixtures';

/*
 * The widget pages wake their main island with `client:paced` (src/integrations/paced-directive.ts):
 * Astro inlines the directive in each page and must hash it into the page's CSP, or the island never
 * wakes. The fixture fails a test on any CSP violation.
 */
const WIDGET_PAGES = ['your-data', 'introductions', 'worksheet', 'map', 'import', 'search'];

for (const locale of ['vi', 'en'])
  for (const name of WIDGET_PAGES)
    test(`/${locale}/${name}/ wakes its island with the paced directive, under the CSP`, async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`/${locale}/${name}/`);
      const island = page.locator('astro-island').first();
      await expect(island).toHaveAttribute('client', 'paced');
      await expect(island).not.toHaveAttribute('ssr', /.*/);
      expect(errors).toEqual([]);
    });
