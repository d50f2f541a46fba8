import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Whether a request stays on the site under test (data: and blob: URLs never leave the browser). */
function staysHome(url: string, origin: string): boolean {
  return url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:');
}

/**
 * The workbook's test: every page it opens must make no request to another origin. Requests to
 * other origins are aborted and counted (a request blocked by the CSP still fires `request`).
 */
export const test = base.extend<{
  foreignRequests: string[];
  cspViolations: string[];
  routesLetGo: void;
}>({
  // A test that holds scripts back (page.route) may end while a held request is still in its
  // handler; the handler's next call then fails after the test, and the run is reported as failed
  // ("route.fetch: Test ended"). Letting go of the page's routes at the end ignores those calls.
  routesLetGo: [
    async ({ page }, use) => {
      await use();
      // A test that closed its page itself has nothing in flight.
      if (!page.isClosed()) await page.unrouteAll({ behavior: 'ignoreErrors' });
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `CSP violation: ${event.violatedDirective} at ${event.sourceFile}:${event.lineNumber}`,
          );
        });
      });
      page.on('console', (message) => {
        if (message.text().startsWith('CSP violation')) violations.push(message.text());
      });
      await use(violations);
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (!staysHome(request.url(), origin)) foreign.push(request.url());
      });
      await page.context().route(
        (url) => !staysHome(url.href, origin),
        (route) => route.abort(),
      );
      await use(foreign);
      expect(foreign, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The violations axe finds on the page (WCAG 2.2 A/AA and best practices), a line each. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * Runs axe on the page and expects no violation. Axe's geometry rules (target-size) measure the
 * layout of a page whose widgets may still be drawing (the map draws in five tasks after it
 * wakes): once in CI they found the practice lesson's contents links too close, which 12 local
 * runs and the next CI run did not. So what axe finds is looked at again a second later, twice at
 * most; a real violation is there on every look. A clean first look costs nothing more (a time
 * limit on the looks once cut a slow but clean analysis short).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  let found = await axeViolations(page);
  for (let look = 1; look < 3 && found.length > 0; look++) {
    await page.waitForTimeout(1000);
    found = await axeViolations(page);
  }
  expect(found, 'axe violations').toEqual([]);
}

/**
 * Waits until every Astro island on the page has hydrated and every custom element
 * (src/elements/) is defined (clicks before that are lost). Islands hydrate `client:visible`, so
 * each is scrolled into view first; the page is scrolled back to the top afterwards.
 */
export async function waitForIslands(page: Page): Promise<void> {
  // A custom element not yet upgraded matches :not(:defined); their module scripts are deferred.
  await page.waitForFunction(() => document.querySelectorAll(':not(:defined)').length === 0);
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let index = 0; index < count; index++) {
    // <astro-island> is display: contents and has no box of its own: scroll to what it renders.
    await islands.nth(index).evaluate((island) => {
      (island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
    });
    await expect(islands.nth(index)).not.toHaveAttribute('ssr', /.*/);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
