import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatNumber } from './lib/stats.mjs';

/** The JavaScript each page makes the browser load, raw and gzipped (zlib level 9). */
export const title = 'JavaScript shipped per page (files the page loads, from dist/)';

/** Pages to weigh; add a lesson page here to follow its JavaScript too. */
export const PAGES = [
  { path: '/en/map/', label: 'map page (/en/map/)' },
  { path: '/en/lessons/network-as-resource/', label: 'first lesson (spread explorable)' },
];

/** Islands whose own share of a page is weighed: the files the page loads only for them. */
export const ISLANDS = [
  {
    path: '/en/lessons/network-as-resource/',
    component: 'SpreadExplorable',
    label: 'spread explorable island (added to the first lesson)',
  },
];

/**
 * Loads a page in Chromium, wakes all its islands, and adds up the JavaScript files it fetched,
 * read from dist/ and gzipped here so that the figure does not depend on the server.
 * `block`, when given, names an island's component file to refuse (see ISLANDS).
 */
export async function pageJavaScript(browser, baseURL, root, path, block) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let requests = 0;
  page.on('request', () => (requests += 1));
  // To weigh one island: its component module is refused, so nothing only it imports is loaded.
  if (block)
    await page.route(
      (url) => url.pathname.includes(block),
      (route) => route.abort(),
    );
  await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
  const requestsAtLoad = requests;
  // Every island awake (client:visible ones once scrolled to), then what the page fetched.
  const islands = block ? `astro-island:not([component-url*="${block}"])` : 'astro-island';
  for (const island of await page.locator(islands).all()) {
    await island.evaluate((element) => element.firstElementChild?.scrollIntoView());
    await page.waitForFunction((node) => !node.hasAttribute('ssr'), await island.elementHandle());
  }
  await page.waitForLoadState('networkidle');
  const { scripts, inline } = await page.evaluate(() => ({
    scripts: performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === location.origin && url.pathname.endsWith('.js'))
      .map((url) => url.pathname),
    inline: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
  }));
  await context.close();
  const { raw, gzip } = await weigh(root, scripts);
  // Scripts written into the page itself count too (the budgets include them).
  const inlineGzip = inline
    .filter((text) => text.trim() !== '')
    .reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
  return { files: scripts.length, raw, gzip, scripts, inlineGzip, requestsAtLoad };
}

/** Gzipped size of the given files of dist/. */
async function weigh(root, scripts) {
  let raw = 0;
  let gzip = 0;
  for (const script of scripts) {
    const bytes = await readFile(join(root, 'dist', decodeURIComponent(script)));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
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
  for (const { path, component, label } of ISLANDS) {
    const all = await pageJavaScript(browser, baseURL, root, path);
    const without = await pageJavaScript(browser, baseURL, root, path, component);
    // The refused component may still be listed as fetched: it is the island's, so count it.
    const only = all.scripts.filter(
      (script) => !without.scripts.includes(script) || script.includes(component),
    );
    const { raw, gzip } = await weigh(root, only);
    rows.push({
      benchmark: label,
      figure: `JavaScript only it loads (${only.length} files)`,
      value: `${formatNumber(gzip / 1024)} KiB gzip`,
      target: `≤ 30 KiB gzip (${formatNumber(raw / 1024)} KiB raw)`,
    });
  }
  return rows;
}
