/**
 * Page weight: the JavaScript each reading page and the search page makes a reader fetch, as gzip
 * kilobytes and request counts, first at load and then after reading to the end of the page
 * (islands hydrate `client:visible`) or, for the search page, after one search.
 *
 * Used by the benchmark runner (`npm run bench`, tests/bench/run.mjs) through `pageWeight`, or on
 * its own: `node tests/bench/page-weight.mjs` builds nothing, but starts `astro preview` on dist/.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';

/** Figures measured elsewhere for the same kind of page, printed under ours for comparison. */
export const REFERENCE_ROWS = [
  { page: 'reference: Starlight lesson page', requests: 10, 'JS KB': 30, 'JS req': 10 },
  { page: 'reference: plain Astro page', requests: 2, 'JS KB': 0, 'JS req': 0 },
];

/** Words searched on the search page, one per language, found in several pages. */
const SEARCH_WORDS = { vi: 'Dunbar', en: 'Dunbar' };

/** The pages to weigh: the lesson list, every lesson, the glossary and search, in each language. */
export function pagesToWeigh(dist = DIST) {
  const pages = [];
  for (const locale of readdirSync(dist)
    .filter((name) => /^[a-z]{2}$/.test(name))
    .sort()) {
    const lessonsDir = join(dist, locale, 'lessons');
    if (existsSync(lessonsDir)) {
      pages.push(`/${locale}/lessons/`);
      for (const id of readdirSync(lessonsDir).sort()) {
        if (statSync(join(lessonsDir, id)).isDirectory()) pages.push(`/${locale}/lessons/${id}/`);
      }
    }
    for (const page of ['glossary', 'search']) {
      if (existsSync(join(dist, locale, page, 'index.html'))) pages.push(`/${locale}/${page}/`);
    }
  }
  return pages;
}

/** Gzip size in KB (level 6, what most servers use), to one decimal. */
function gzipKb(bytes) {
  return bytes.length === 0 ? 0 : gzipSync(bytes, { level: 6 }).length / 1024;
}

const round = (kb) => Math.round(kb * 10) / 10;

/** Records every response of a page: whether it is JavaScript and its gzip size. */
function recorder(page) {
  const seen = [];
  const pending = [];
  page.on('response', (response) => {
    const entry = {
      url: response.url(),
      js: response.request().resourceType() === 'script',
      kb: 0,
    };
    seen.push(entry);
    pending.push(
      response.body().then(
        (body) => (entry.kb = gzipKb(body)),
        // A redirect or an aborted response has no body: it still counts as a request.
        () => undefined,
      ),
    );
  });
  return { seen, settled: () => Promise.all(pending) };
}

async function totals({ seen: entries, settled }) {
  await settled();
  const js = entries.filter((entry) => entry.js);
  return {
    requests: entries.length,
    jsKb: round(js.reduce((sum, entry) => sum + entry.kb, 0)),
    jsRequests: js.length,
    allKb: round(entries.reduce((sum, entry) => sum + entry.kb, 0)),
  };
}

/** Gzip KB of the scripts written into the HTML itself (Astro's island loader, when there is one). */
async function inlineScriptKb(page) {
  const code = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
  );
  return round(gzipKb(Buffer.from(code)));
}

/** Scrolls down a screen at a time, so that every `client:visible` island comes into view. */
async function readToTheEnd(page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((done) => setTimeout(done, 60));
    }
    window.scrollTo(0, document.body.scrollHeight);
  });
  // An island drops its `ssr` attribute once hydrated: by then its code has been fetched.
  await page
    .waitForFunction(() => !document.querySelector('astro-island[ssr]'), null, { timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

/** Runs one search on the search page and waits for its answer. */
async function searchOnce(page, word) {
  await page.locator('input[type="search"]').fill(word);
  await page.locator('[role="status"]').filter({ hasText: word }).waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
}

/**
 * Weighs each page in a fresh browser context (nothing cached, service workers blocked) at
 * 1280×900.
 *
 * @param {{ baseUrl: string, browser: import('@playwright/test').Browser, dist?: string }} options
 * @returns {Promise<Record<string, string | number>[]>} one row per page, then the reference rows
 */
export async function pageWeight({ baseUrl, browser, dist = DIST }) {
  const rows = [];
  for (const path of pagesToWeigh(dist)) {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const record = recorder(page);
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const atLoad = await totals(record);
    const inline = await inlineScriptKb(page);
    const search = path.endsWith('/search/');
    if (search) await searchOnce(page, SEARCH_WORDS[path.slice(1, 3)] ?? 'Dunbar');
    else await readToTheEnd(page);
    const after = await totals(record);
    await context.close();
    rows.push({
      page: path,
      requests: atLoad.requests,
      'JS KB': atLoad.jsKb,
      'JS req': atLoad.jsRequests,
      'inline JS KB': inline,
      'then: JS KB': after.jsKb,
      'then: JS req': after.jsRequests,
      'then: all KB': after.allKb,
      then: search ? 'after one search' : 'read to the end',
    });
  }
  return [...rows, ...REFERENCE_ROWS];
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitForServer(url, child) {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null)
      throw new Error(`page-weight: astro preview exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`page-weight: astro preview did not answer at ${url}`);
}

/** Standalone run: preview dist/ on a free port, weigh the pages, print a table. */
async function main() {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('page-weight: no built site in dist/. Run `npm run build` first.');
    process.exit(1);
  }
  const { chromium } = await import('@playwright/test');
  const executablePath = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ]
    .filter(Boolean)
    .find((path) => existsSync(path));
  const port = await freePort();
  const bin = resolve('node_modules/.bin');
  // The project's own Node (node_modules/.bin/node) runs Astro, whatever `node` started this script.
  const child = spawn(
    join(bin, 'astro'),
    ['preview', '--host', '127.0.0.1', '--port', String(port)],
    {
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += String(chunk)));
  const baseUrl = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  try {
    await waitForServer(new URL('vi/', baseUrl).href, child).catch((error) => {
      throw new Error(`${error.message}\n${errors}`);
    });
    console.log('JavaScript fetched per page (gzip KB, fresh cache, 1280×900)');
    console.table(await pageWeight({ baseUrl, browser }));
  } finally {
    await browser.close();
    child.kill();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
