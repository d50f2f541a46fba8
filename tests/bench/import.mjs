// Benchmark: import generated LinkedIn exports of 10,000 and 30,000 rows through the built site in
// Chromium, and time the preview and the save (median, min and max of BENCH_RUNS runs, default 5,
// and the longest main-thread task). The files come from realistic name pools
// (tests/bench/lib/realistic-contacts.mjs): namesakes at the same company with their own links,
// so "everyone stored" can fail if the import merges different people. Run alone with `node tests/bench/import.mjs` (after
// `npm run build`; it starts `astro preview` itself when nothing answers on the port), or call
// `benchImport()` from tests/bench/run.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { watchLongTasks } from './lib/long-tasks.mjs';
import { realisticLinkedInCsv } from './lib/realistic-contacts.mjs';
import { median } from './lib/stats.mjs';

async function reachable(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function startPreview(port) {
  const base = `http://127.0.0.1:${port}`;
  if (await reachable(`${base}/en/import/`)) return { base, stop: () => undefined };
  const server = spawn(
    'node_modules/.bin/astro',
    ['preview', '--host', '127.0.0.1', '--port', String(port)],
    // node_modules/.bin first on PATH: Astro needs the project's Node, not the system's 20.
    {
      stdio: 'ignore',
      env: { ...process.env, PATH: `node_modules/.bin${delimiter}${process.env.PATH ?? ''}` },
    },
  );
  for (let i = 0; i < 120 && !(await reachable(`${base}/en/import/`)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { base, stop: () => server.kill() };
}

/** How many people the stored map holds, following the pointer into IndexedDB. */
function storedCount(page) {
  return page.evaluate(async () => {
    const raw = localStorage.getItem('syn:network');
    if (raw === null) return 0;
    let text = raw;
    if (raw.includes('"spilled"')) {
      // A large map is kept in pieces: a list under the key, each piece under `key#name`.
      text = await new Promise((resolve, reject) => {
        const open = indexedDB.open('share-your-network');
        open.onsuccess = () => {
          const store = open.result.transaction('collections').objectStore('collections');
          const get = store.get('syn:network');
          get.onsuccess = () => {
            if (typeof get.result === 'string') return resolve(get.result);
            const pieces = get.result.pieces.map((name) => store.get(`syn:network#${name}`));
            const last = pieces.at(-1);
            if (!last) return resolve('');
            last.onsuccess = () => resolve(pieces.map((piece) => String(piece.result)).join(''));
          };
          get.onerror = () => reject(get.error);
        };
        open.onerror = () => reject(open.error);
      });
    }
    return JSON.parse(text).data.people.length;
  });
}

/** Median, min and max of some milliseconds. */
function spread(values) {
  return {
    median: Math.round(median(values)),
    min: Math.round(Math.min(...values)),
    max: Math.round(Math.max(...values)),
  };
}

/** One import of one file in a fresh browser context. */
async function importOnce(browser, base, file) {
  const context = await browser.newContext();
  await context.addInitScript(watchLongTasks);
  const page = await context.newPage();
  page.setDefaultTimeout(600_000);
  try {
    await page.goto(`${base}/en/import/`);
    await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    const chosen = performance.now();
    await page.getByLabel('Choose a contact file').setInputFiles(file);
    await page
      .getByRole('button', { name: 'Confirm and save' })
      .and(page.locator(':enabled'))
      .waitFor();
    const preview = performance.now() - chosen;
    const count = async (key) =>
      Number((await page.locator(`[data-count="${key}"]`).textContent())?.replace(/\D/g, ''));
    const found = await count('found');
    const added = await count('new');
    const previewTask = await page.evaluate(() => globalThis.__longestTask);
    // From here on, only the save counts: the reader clicked and waits for the map to be stored.
    await page.evaluate(() => (globalThis.__longestTask = 0));
    const confirmed = performance.now();
    await page.getByRole('button', { name: 'Confirm and save' }).click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor();
    const save = performance.now() - confirmed;
    await page.waitForTimeout(100);
    const saveTask = await page.evaluate(() => globalThis.__longestTask);
    await page.reload();
    const stored = await storedCount(page);
    return { preview, save, found, added, stored, previewTask, saveTask };
  } finally {
    await context.close();
  }
}

/**
 * Imports each size through /en/import/, `runs` times each in a fresh browser context, and returns
 * per size: rows in the file, distinct links and hidden members it holds, people found, added and
 * stored after a reload (every run), the preview and save times and the longest main-thread task
 * up to the preview and while saving (each as median, min and max of the runs).
 */
export async function benchImport({
  sizes = [10_000, 30_000],
  runs = Number(process.env.BENCH_RUNS ?? 5),
  port = Number(process.env.E2E_PORT ?? 4345),
  log = console.log,
  baseURL = undefined,
  browser: givenBrowser = undefined,
} = {}) {
  const executablePath = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].find((path) => path && existsSync(path));
  // The runner (tests/bench/run.mjs) passes its own server and browser: astro preview will not
  // start twice in one project.
  const server = baseURL ? { base: baseURL, stop: () => undefined } : await startPreview(port);
  const browser = givenBrowser ?? (await chromium.launch({ executablePath }));
  const folder = mkdtempSync(join(tmpdir(), 'syn-bench-'));
  const results = [];
  try {
    for (const rows of sizes) {
      const file = join(folder, `Connections-${rows}.csv`);
      const { text, distinctLinks, hidden } = realisticLinkedInCsv(rows);
      writeFileSync(file, text);
      const each = [];
      for (let run = 0; run < runs; run++) each.push(await importOnce(browser, server.base, file));
      const expected = distinctLinks + hidden;
      const result = {
        rows,
        distinctLinks,
        hidden,
        found: each.map((r) => r.found),
        added: each.map((r) => r.added),
        stored: each.map((r) => r.stored),
        allKept: each.every((r) => r.stored === expected),
        previewMs: spread(each.map((r) => r.preview)),
        saveMs: spread(each.map((r) => r.save)),
        previewTaskMs: spread(each.map((r) => r.previewTask)),
        saveTaskMs: spread(each.map((r) => r.saveTask)),
        runs,
      };
      results.push(result);
      const ms = ({ median: m, min, max }) => `median ${m} ms (min ${min}, max ${max})`;
      log(
        `import ${rows.toLocaleString('en')} realistic LinkedIn rows (${distinctLinks.toLocaleString('en')} distinct links + ${hidden} hidden members), ${runs} runs:\n` +
          `  preview ${ms(result.previewMs)}\n  save ${ms(result.saveMs)}\n` +
          `  longest task from opening the page to the preview ${ms(result.previewTaskMs)}\n` +
          `  longest task while saving ${ms(result.saveTaskMs)} (target ≤ 100 ms)\n` +
          `  people stored after reload ${[...new Set(result.stored)].join('/')} of ${expected.toLocaleString('en')} expected` +
          (result.allKept ? ' (all kept)' : '  ← MISMATCH'),
      );
    }
  } finally {
    if (!givenBrowser) await browser.close();
    server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await benchImport();
  process.exitCode = results.every((result) => result.allKept) ? 0 : 1;
}
