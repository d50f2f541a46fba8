/**
 * `npm run lighthouse`: Lighthouse (mobile, its default) on every page of the built site, one row a
 * page with the four category scores. Not part of `npm test`: scores are measurements, and a full
 * run takes several minutes on two cores.
 * Usage: node tests/bench/lighthouse.mjs [path-substring…]   e.g. `… /en/ map` for a subset.
 * `LIGHTHOUSE_RUNS=5` loads each page five times and reports Lighthouse's median run (nearest the
 * median first paint and time to interactive) with the spread of Total Blocking Time: on a shared
 * machine one run can be far off. Build first (`npm run build`).
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
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
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1) || 1);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const loadAtStart = load();
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
const shifts = [];
try {
  for (const path of pages) {
    const lhrs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${preview.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (result) lhrs.push(result.lhr);
    }
    const valid = filterToValidRuns(lhrs);
    const result = { lhr: valid.length > 0 ? computeMedianRun(valid) : lhrs[0] };
    const categories = result.lhr?.categories ?? {};
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
    const audits = result.lhr?.audits ?? {};
    const ms = (id) => {
      const value = audits[id]?.numericValue;
      return value === undefined ? '—' : String(Math.round(value));
    };
    row['LCP ms'] = ms('largest-contentful-paint');
    row['TBT ms'] = ms('total-blocking-time');
    row.CLS = audits['cumulative-layout-shift']?.numericValue?.toFixed(3) ?? '—';
    // What moved, when anything did: the element Lighthouse blames and its share of the shift.
    for (const item of audits['layout-shifts']?.details?.items ?? [])
      shifts.push(
        `${path} ${Number(item.score).toFixed(3)} ${item.node?.selector ?? '?'} ${JSON.stringify(item.node?.snippet ?? '').slice(0, 160)}`,
      );
    if (RUNS > 1) {
      const tbt = lhrs.map((lhr) => lhr.audits['total-blocking-time']?.numericValue ?? NaN);
      row['TBT min–max'] =
        `${String(Math.round(Math.min(...tbt)))}–${String(Math.round(Math.max(...tbt)))}`;
    }
    rows.push(row);
    process.stderr.write('.');
  }
} finally {
  await chrome.kill();
  await preview.stop();
}
process.stderr.write('\n');
printTable(
  `Lighthouse (mobile) on ${String(rows.length)} pages${RUNS > 1 ? `, median of ${String(RUNS)} runs` : ''}`,
  rows,
);
console.log(
  `load average at start ${loadAtStart}, at end ${load()} on ${String(availableParallelism())} cores`,
);
const perfect = rows.filter((row) => CATEGORIES.every((id) => row[id] === '100')).length;
console.log(`\n${perfect} of ${rows.length} pages score 100 in all four categories.`);
for (const line of below) console.log(`below 100: ${line}`);
for (const line of shifts) console.log(`layout shift: ${line}`);
