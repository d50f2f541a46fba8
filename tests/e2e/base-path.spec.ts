import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, waitForIslands } from './fixtures';
import { builtPages } from './site-pages';
import { StaticServer } from './static-server';

// A project site on a static host (GitHub Pages, say) lives under a sub-path. This file builds the
// workbook with base '/workbook/' into a folder of its own and checks that its links, assets,
// search and offline copy all work there.
const BASE = '/workbook/';
const OUT = 'dist-base';
const PORT = Number(process.env.E2E_PORT ?? 4329) + 42;

/** Every address a page asks for or links to on this site: links, scripts, styles, island code. */
function localAddresses(html: string): string[] {
  const attribute = /\b(?:href|src|component-url|renderer-url|before-hydration-url)="([^"]*)"/g;
  return [...html.matchAll(attribute)]
    .map((match) => (match[1] ?? '').replaceAll('&amp;', '&'))
    .filter((url) => url.startsWith('/'));
}

/** The file a sub-path address is served from, or undefined when it leaves the base. */
function fileFor(address: string): string | undefined {
  const path = address.split(/[?#]/)[0] ?? '';
  if (!path.startsWith(BASE)) return undefined;
  const inside = join(OUT, path.slice(BASE.length));
  return path.endsWith('/') ? join(inside, 'index.html') : inside;
}

test.describe('a build under a sub-path', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 });
  const server = new StaticServer(OUT, BASE);
  test.use({ baseURL: `http://127.0.0.1:${PORT}`, serviceWorkers: 'allow' });

  test.beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    execFileSync('node_modules/.bin/astro', ['build'], {
      env: { ...process.env, SITE_BASE: BASE, SITE_OUT_DIR: `./${OUT}` },
      stdio: 'pipe',
    });
    await server.start(PORT);
  });
  test.afterAll(() => server.stop());

  test('links, scripts, styles and islands all point inside the base and exist', () => {
    const pages = builtPages(OUT);
    expect(pages.length).toBeGreaterThan(30);
    const broken: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(OUT, page, 'index.html'), 'utf8');
      for (const address of localAddresses(html)) {
        const file = fileFor(address);
        if (!file || !existsSync(file)) broken.push(`${page} → ${address}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('the root sends the reader to their language under the base', async ({ page }) => {
    await page.goto(`${BASE}`);
    await expect(page).toHaveURL(new RegExp(`${BASE}(vi|en)/$`));
  });

  test('search finds a lesson and links to it under the base', async ({ page }) => {
    await page.goto(`${BASE}en/search/`);
    await waitForIslands(page);
    await page.getByRole('searchbox').fill('introduction');
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
    await expect(first).toBeVisible({ timeout: 20_000 });
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${BASE}en/`));
    await first.click();
    await expect(page.locator('h1').first()).toBeVisible();
    expect(new URL(page.url()).pathname.startsWith(`${BASE}en/`)).toBe(true);
  });

  test('the offline copy works under the base', async ({ page, context }) => {
    await page.goto(`${BASE}vi/`);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(BASE);
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await server.stop();
    await context.setOffline(true);
    for (const path of builtPages(OUT).filter((path) => path !== '/')) {
      const response = await page.goto(`${BASE}${path.slice(1)}`);
      expect(response?.status(), path).toBe(200);
    }
    await page.goto(`${BASE}vi/search/`);
    await waitForIslands(page);
    await page.getByRole('searchbox').fill('giới thiệu');
    await expect(
      page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link').first(),
    ).toBeVisible({ timeout: 20_000 });
  });
});
