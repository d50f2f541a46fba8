/**
 * Every page against its JavaScript and HTML budget (issue "Lighter pages"): the JavaScript gzip a
 * reader fetches once every island on the page has hydrated, inline scripts included, the median of
 * five loads; the HTML gzip; and the requests a page without islands makes at load.
 * `BUDGET_PAGES=map,your-data npm run bench budgets` weighs only some pages (the whole run is slow).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages } from '../e2e/site-pages.ts';
import { pageJavaScript } from './page-js.mjs';
import { formatNumber, median } from './lib/stats.mjs';

export const title = 'Budgets: JavaScript (gzip, all islands awake, median of 5) and HTML per page';

const RUNS = 5;
const KB = 1024;

/** The budget of a page, from what its islands are (their component file names) and its path. */
export function budgetFor(path, html) {
  const islands = [
    ...html.matchAll(/component-url="[^"]*\/([A-Za-z]+)\.[\w-]+\.js"/g),
    // Custom elements (src/elements/) load as processed Astro scripts, named after their component.
    ...html.matchAll(/<script type="module" src="[^"]*\/([A-Za-z]+)\.astro_astro_type_script/g),
  ].map((match) => match[1]);
  const has = (...names) => islands.some((name) => names.includes(name));
  // The blank worksheet's print button needs a few lines of script: printing has no HTML-only way.
  if (islands.length === 0 && html.includes('data-print'))
    return { kind: 'no islands, print button', js: 0.2 };
  if (islands.length === 0) return { kind: 'no islands', js: 0 };
  if (/\/(map|introductions|import)\/$/.test(path)) return { kind: 'widget page', js: 60 };
  if (has('ImportWidget')) return { kind: 'lesson with import', js: 60 };
  if (/\/lessons\/practice\/$/.test(path) || has('NetworkMap', 'IntroductionWeigher', 'FocusPlan'))
    return { kind: 'lesson with map/weigher/plan', js: 80 };
  // Issue #14: the spread explorable adds at most 30 KB to a lesson's 25, wherever it is used.
  if (has('SpreadExplorable')) return { kind: 'lesson with spread explorable', js: 25 + 30 };
  if (/\/search\/$/.test(path)) return { kind: 'search', js: 30 };
  if (/^\/[a-z]{2}\/(lessons\/([^/]+\/)?)?$/.test(path)) return { kind: 'lesson / home', js: 25 };
  return { kind: 'other page', js: 45 };
}

/** One load: the JavaScript fetched once every island is awake, plus inline scripts, in bytes gzip. */
async function measure(browser, baseURL, root, path) {
  const { gzip, inlineGzip, requestsAtLoad } = await pageJavaScript(browser, baseURL, root, path);
  return { gzip: gzip + inlineGzip, atLoad: requestsAtLoad };
}

export async function run({ browser, baseURL, root }) {
  const rows = [];
  let over = 0;
  // BUDGET_PAGES=map,worksheet weighs only the pages whose path holds one of these words.
  const only = (process.env.BUDGET_PAGES ?? '').split(',').filter((word) => word !== '');
  const pages = builtPages(join(root, 'dist')).filter(
    (path) => path !== '/' && (only.length === 0 || only.some((word) => path.includes(word))),
  );
  for (const path of pages) {
    const html = await readFile(join(root, 'dist', path, 'index.html'));
    const budget = budgetFor(path, html.toString('utf8'));
    const loads = [];
    for (let run = 0; run < RUNS; run++) loads.push(await measure(browser, baseURL, root, path));
    const sizes = loads.map((load) => load.gzip / KB);
    const js = { median: median(sizes), min: Math.min(...sizes), max: Math.max(...sizes) };
    const htmlKb = gzipSync(html, { level: 9 }).length / KB;
    const requests = Math.max(...loads.map((load) => load.atLoad));
    const problems = [];
    // Strict: 80.01 KB is over 80 (it printed as "80" in a one-decimal table and passed).
    if (js.median > budget.js)
      problems.push(`JS over by ${formatNumber((js.median - budget.js) * KB, 0)} B`);
    if (htmlKb > 40) problems.push('HTML over 40 KB');
    if (budget.js === 0 && requests > 2) problems.push(`${requests} requests`);
    if (problems.length > 0) over += 1;
    rows.push({
      page: path,
      kind: budget.kind,
      'JS KB (median)': formatNumber(js.median, 2),
      'min–max': `${formatNumber(js.min, 2)}–${formatNumber(js.max, 2)}`,
      budget: `≤ ${budget.js}`,
      'HTML KB': formatNumber(htmlKb),
      verdict: problems.length === 0 ? 'ok' : problems.join('; '),
    });
  }
  rows.push({ page: `${rows.length - over} of ${rows.length} pages within budget` });
  rows.push(...(await workerRows(root)));
  return rows;
}

/**
 * Budgets of their own, apart from the pages (a worker's code is fetched when its work starts):
 * the import worker ≤ 45 KB gzip; the worker that reads a large stored map has none set.
 */
const WORKER_BUDGETS = { import: 45 };

/** One row a web worker of the build, its gzip size against its budget. */
async function workerRows(root) {
  const folder = join(root, 'dist', '_astro');
  const files = (await readdir(folder)).filter((file) => /\.worker-[\w-]+\.js$/.test(file)).sort();
  const rows = [];
  for (const file of files) {
    const name = file.replace(/\.worker-.*$/, '');
    const kb = gzipSync(await readFile(join(folder, file)), { level: 9 }).length / KB;
    const budget = WORKER_BUDGETS[name];
    rows.push({
      page: `${name} worker (${file})`,
      kind: 'web worker',
      'JS KB (median)': formatNumber(kb),
      'min–max': '',
      budget: budget === undefined ? '—' : `≤ ${budget}`,
      'HTML KB': '',
      verdict:
        budget === undefined || kb <= budget ? 'ok' : `over by ${formatNumber(kb - budget)} KB`,
    });
  }
  return rows;
}
