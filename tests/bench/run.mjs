/**
 * `npm run bench`: prints figures for the built site, never fails on a timing.
 * Usage: node tests/bench/run.mjs [module…]   (default: every module below)
 *
 * Each benchmark is a module in tests/bench/ exporting `title` and
 * `run({ browser, baseURL, root })` → rows of { benchmark, figure, value, target }.
 * Add one by writing the module and naming it in MODULES.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import { startPreview } from './lib/preview.mjs';
import { printTable } from './lib/table.mjs';

const MODULES = {
  map: () => import('./map.mjs'),
  'page-js': () => import('./page-js.mjs'),
  budgets: () => import('./budgets.mjs'),
  sorting: () => import('./sorting.mjs'),
  // The import benchmark also runs on its own (`node tests/bench/import.mjs`); here it uses the
  // runner's server and browser and its results become rows like the others'.
  import: async () => {
    const { benchImport } = await import('./import.mjs');
    return {
      title: 'Contact import (Chromium, /en/import/, generated LinkedIn exports)',
      run: async ({ browser, baseURL }) =>
        (await benchImport({ log: () => {}, browser, baseURL })).flatMap((result) => {
          const label = `${result.rows.toLocaleString('en')} rows`;
          const ms = ({ median, min, max }) => `${median} ms (${min}–${max})`;
          return [
            {
              benchmark: label,
              figure: `choose file → preview, median (min–max) of ${result.runs}`,
              value: ms(result.previewMs),
              target: 'page stays responsive (Web Worker)',
            },
            { benchmark: '', figure: 'confirm → saved', value: ms(result.saveMs), target: '' },
            {
              benchmark: '',
              figure: 'longest task while saving, median (min–max)',
              value: ms(result.saveTaskMs),
              target: '≤ 100 ms',
            },
            {
              benchmark: '',
              figure: 'longest task opening → preview, median (min–max)',
              value: ms(result.previewTaskMs),
              target: '',
            },
            {
              benchmark: '',
              figure: 'distinct links + hidden / stored after reload',
              value: `${result.distinctLinks} + ${result.hidden} / ${result.stored.join(', ')}`,
              target: result.allKept ? 'all kept' : 'MISMATCH',
            },
          ];
        }),
    };
  },
};

// The reading pages' weight (tests/bench/page-weight.mjs, from the lessons work) keeps its own
// shape, `pageWeight({ baseUrl, browser })` → rows; it joins the run wherever it is present.
if (existsSync(join(dirname(fileURLToPath(import.meta.url)), 'page-weight.mjs'))) {
  MODULES['page-weight'] = async () => {
    const { pageWeight } = await import('./page-weight.mjs');
    return {
      title: 'Page weight of the reading pages',
      run: ({ browser, baseURL }) => pageWeight({ baseUrl: baseURL, browser }),
    };
  };
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in MODULES));
if (unknown.length > 0) {
  console.error(
    `bench: unknown module ${unknown.join(', ')}; known: ${Object.keys(MODULES).join(', ')}`,
  );
  process.exit(2);
}

if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.log('bench: dist/ is missing, building the site first (npm run build)…');
  const bin = join(root, 'node_modules', '.bin');
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const preview = await startPreview(root);
const browser = await launchBrowser();
let failed = false;
try {
  for (const name of wanted.length > 0 ? wanted : Object.keys(MODULES)) {
    const module = await MODULES[name]();
    const started = Date.now();
    try {
      const rows = await module.run({ browser, baseURL: preview.url, root });
      printTable(`${module.title} — ${((Date.now() - started) / 1000).toFixed(0)} s`, rows);
    } catch (error) {
      failed = true;
      console.error(
        `\nbench: ${name} could not run: ${error instanceof Error ? error.stack : error}`,
      );
    }
  }
} finally {
  await browser.close();
  await preview.stop();
}
console.log(
  `\nNode ${process.version}, ${new Date().toISOString()}, load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')} on ${cpus().length} cores; timings depend on the machine and its load.`,
);
process.exit(failed ? 1 : 0);
