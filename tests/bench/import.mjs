// Benchmark: import generated LinkedIn exports of 10,000 and 30,000 rows through the built site in
// Chromium, and time the preview and the save. Run alone with `node tests/bench/import.mjs` (after
// `npm run build`; it starts `astro preview` itself when nothing answers on the port), or call
// `benchImport()` from tests/bench/run.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const GIVEN = [
  'Thị Ánh',
  'Minh',
  'Marisol',
  'Kwame',
  'Henrike',
  'Tomasz',
  '陽翔',
  'Lucía',
  'Bảo',
  'Aiyana',
];
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Quintero-Vance',
  'Mensah',
  'Vogelsang',
  'Wróblewski',
  '佐藤',
  'Fernández',
];
const COMPANIES = [
  'Sông Hồng Analytics',
  '"Brightwater Labs, Inc."',
  'Nordlicht Energie GmbH',
  'Self-employed',
];
const POSITIONS = ['Data Scientist', '"Director, Platform Engineering"', 'UX Researcher', 'CTO'];

/**
 * A LinkedIn Connections.csv in the current layout (Notes preamble, newest first), with `rows`
 * distinct connections spread over 2005–2026; about 3% carry an e-mail, 1% hid their profile.
 */
export function linkedInCsv(rows) {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2026, 10, 14) - Math.floor((i * 7_900 * 86_400_000) / rows));
    const date = `${String(day.getUTCDate()).padStart(2, '0')} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    if (i % 100 === 99) {
      lines.push(`,,,,,,${date}`);
      continue;
    }
    const given = `${GIVEN[i % GIVEN.length]} ${i}`;
    const family = FAMILY[i % FAMILY.length];
    const url = `https://www.linkedin.com/in/member-${i}-${(i * 2_654_435_761) % 1e8}`;
    const email = i % 33 === 0 ? `member${i}@example.com` : '';
    lines.push(
      [given, family, url, email, COMPANIES[i % 4], POSITIONS[(i >> 2) % 4], date].join(','),
    );
  }
  return lines.join('\n');
}

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
    {
      stdio: 'ignore',
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
      text = await new Promise((resolve, reject) => {
        const open = indexedDB.open('share-your-network');
        open.onsuccess = () => {
          const get = open.result
            .transaction('collections')
            .objectStore('collections')
            .get('syn:network');
          get.onsuccess = () => resolve(String(get.result));
          get.onerror = () => reject(get.error);
        };
        open.onerror = () => reject(open.error);
      });
    }
    return JSON.parse(text).data.people.length;
  });
}

/**
 * Imports each size through /en/import/ in a fresh browser context and returns, per size, the
 * milliseconds from choosing the file to the preview, from confirming to "saved", the people the
 * preview found and the people stored after a reload.
 */
export async function benchImport({
  sizes = [10_000, 30_000],
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
      writeFileSync(file, linkedInCsv(rows));
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(300_000);
      await page.goto(`${server.base}/en/import/`);
      await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });

      const chosen = performance.now();
      await page.getByLabel('Choose a contact file').setInputFiles(file);
      await page
        .getByRole('button', { name: 'Confirm and save' })
        .and(page.locator(':enabled'))
        .waitFor();
      const preview = performance.now() - chosen;
      const found = Number(
        (await page.locator('[data-count="found"]').textContent())?.replace(/\D/g, ''),
      );

      const confirmed = performance.now();
      await page.getByRole('button', { name: 'Confirm and save' }).click();
      await page.getByRole('heading', { name: 'Import complete' }).waitFor();
      const save = performance.now() - confirmed;

      await page.reload();
      const stored = await storedCount(page);
      await context.close();
      const result = {
        rows,
        previewMs: Math.round(preview),
        saveMs: Math.round(save),
        found,
        stored,
      };
      results.push(result);
      log(
        `import ${rows.toLocaleString('en')} LinkedIn rows: preview ${result.previewMs} ms, save ${result.saveMs} ms, ` +
          `found ${found.toLocaleString('en')}, stored after reload ${stored.toLocaleString('en')}` +
          (stored === rows ? '' : '  ← MISMATCH'),
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
  process.exitCode = results.every((result) => result.stored === result.rows) ? 0 : 1;
}
