/**
 * `npm run lighthouse`: Lighthouse (mobile, its default) on every page of the built site, one row a
 * page with the four category scores. Not part of `npm test`: scores are measurements, and a full
 * run takes several minutes on two cores.
 * Usage: node tests/bench/lighthouse.mjs [path-substring…]   e.g. `… /en/ map` for a subset.
 * Build first (`npm run build`).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './lib/browser.mjs';
import { startPreview } from './lib/preview.mjs';
import { printTable } from './lib/table.mjs';
import { builtPages } from '../e2e/site-pages.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.error('lighthouse: build the site first (npm run build)');
  process.exit(1);
}
const filters = process.argv.slice(2);
const pages = builtPages(join(root, 'dist')).filter(
  (path) => filters.length === 0 || filters.some((filter) => path.includes(filter)),
);

const preview = await startPreview(root);
// As root, Chromium needs --no-sandbox; the other flags keep it from calling out to the network.
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const rows = [];
const below = [];
try {
  for (const path of pages) {
    const result = await lighthouse(`${preview.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const categories = result?.lhr.categories ?? {};
    const row = { page: path };
    for (const id of CATEGORIES) {
      const score = categories[id]?.score;
      row[id] = score === null || score === undefined ? '—' : String(Math.round(score * 100));
      if (score !== null && score !== undefined && score < 1) {
        const failing = Object.values(result.lhr.audits)
          .filter((audit) => audit.score !== null && audit.score < 1)
          .filter((audit) =>
            categories[id].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
          )
          .map((audit) => audit.id);
        below.push(`${path} ${id}: ${failing.join(', ')}`);
      }
    }
    // The figures behind the Performance score, to find what to fix when it is below 100.
    const audits = result?.lhr.audits ?? {};
    const ms = (id) => {
      const value = audits[id]?.numericValue;
      return value === undefined ? '—' : String(Math.round(value));
    };
    row['LCP ms'] = ms('largest-contentful-paint');
    row['TBT ms'] = ms('total-blocking-time');
    row.CLS = audits['cumulative-layout-shift']?.numericValue?.toFixed(3) ?? '—';
    rows.push(row);
    process.stderr.write('.');
  }
} finally {
  await chrome.kill();
  await preview.stop();
}
process.stderr.write('\n');
printTable(`Lighthouse (mobile) on ${rows.length} pages`, rows);
const perfect = rows.filter((row) => CATEGORIES.every((id) => row[id] === '100')).length;
console.log(`\n${perfect} of ${rows.length} pages score 100 in all four categories.`);
for (const line of below) console.log(`below 100: ${line}`);
