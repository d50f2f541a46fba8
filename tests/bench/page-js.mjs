import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatNumber } from './lib/stats.mjs';

/** The JavaScript each page makes the browser load, raw and gzipped (zlib level 9). */
export const title = 'JavaScript shipped per page (files the page loads, from dist/)';

/** Pages to weigh; add a lesson page here to follow its JavaScript too. */
export const PAGES = [{ path: '/en/map/', label: 'map page (/en/map/)' }];

/**
 * Loads a page in Chromium, wakes all its islands, and adds up the JavaScript files it fetched,
 * read from dist/ and gzipped here so that the figure does not depend on the server.
 */
export async function pageJavaScript(browser, baseURL, root, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
  // Every island awake (client:visible ones once scrolled to), then what the page fetched.
  for (const island of await page.locator('astro-island').all()) {
    await island.evaluate((element) => element.firstElementChild?.scrollIntoView());
    await page.waitForFunction((node) => !node.hasAttribute('ssr'), await island.elementHandle());
  }
  await page.waitForLoadState('networkidle');
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === location.origin && url.pathname.endsWith('.js'))
      .map((url) => url.pathname),
  );
  await context.close();
  let raw = 0;
  let gzip = 0;
  for (const script of scripts) {
    const bytes = await readFile(join(root, 'dist', decodeURIComponent(script)));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: scripts.length, raw, gzip };
}

/** Runs the page-weight benchmark; returns the table rows. */
export async function run({ browser, baseURL, root }) {
  const rows = [];
  for (const { path, label } of PAGES) {
    const { files, raw, gzip } = await pageJavaScript(browser, baseURL, root, path);
    rows.push({
      benchmark: label,
      figure: `JavaScript (${files} files)`,
      value: `${formatNumber(gzip / 1024)} KiB gzip`,
      target: `${formatNumber(raw / 1024)} KiB raw`,
    });
  }
  return rows;
}
