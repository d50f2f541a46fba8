import { generatedNetwork } from './lib/networks.mjs';
import { formatNumber, median } from './lib/stats.mjs';

/**
 * The sorting mode's speed: how long the page takes to file one card after its second key (the
 * reader's own pace aside). The target is 100 imported people sorted by keyboard in under
 * five minutes, i.e. 3 s a card for reading and pressing two keys: the page's share must be small.
 */
export const title = 'Sorting mode (Chromium, /en/map/, imported people in "Imported")';

const PAGE = '/en/map/';
const RUNS = 5;
const CARDS = 100;

/** `size` people as an import leaves them: in Imported, on the outer ring. */
function importedNetwork(size) {
  const network = generatedNetwork(size, Math.floor(size / 2), { full: false, seed: 12 });
  for (const person of network.people) {
    person.contexts = ['imported'];
    person.ring = 'acquaintance';
  }
  return network;
}

/** One run: a fresh page, 100 cards filed with a letter and a number each. */
async function sortOnce(browser, baseURL, size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const value = JSON.stringify({ v: 1, data: importedNetwork(size) });
  await context.addInitScript((text) => {
    if (localStorage.getItem('syn:network') === null) localStorage.setItem('syn:network', text);
    // Long tasks (over 50 ms) while the cards are filed.
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  }, value);
  const page = await context.newPage();
  await page.goto(`${baseURL}${PAGE}`);
  const open = page.getByRole('button', { name: `Sort imported people (${size} waiting)` });
  await open.waitFor({ timeout: 300_000 });
  await open.click();
  await page.evaluate(() => (window.__longTasks = []));
  const progress = page.locator('.sorting .progress span');
  const perCard = [];
  const started = Date.now();
  for (let i = 0; i < CARDS; i += 1) {
    await page.keyboard.press('abce'[i % 4]);
    const before = Date.now();
    await page.keyboard.press(String((i % 4) + 1));
    await progress.filter({ hasText: `${i + 1} of ${size} sorted` }).waitFor();
    perCard.push(Date.now() - before);
  }
  const totalMs = Date.now() - started;
  const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
  await context.close();
  return { perCard, totalMs, longest };
}

/** Rows for `npm run bench`: median, min and max over five runs, and the longest task. */
export async function run({ browser, baseURL }) {
  const rows = [];
  for (const size of [500, 5000]) {
    const runs = [];
    try {
      for (let i = 0; i < RUNS; i += 1) runs.push(await sortOnce(browser, baseURL, size));
    } catch (error) {
      // One size that cannot open (a machine under heavy load) must not hide the others' figures.
      rows.push({
        benchmark: `${size.toLocaleString('en')} waiting`,
        figure: 'not measured',
        value: String(error).slice(0, 80),
        target: '',
      });
      continue;
    }
    const cards = runs.map((r) => median(r.perCard));
    const totals = runs.map((r) => r.totalMs / 1000);
    rows.push(
      {
        benchmark: `${size.toLocaleString('en')} waiting, ${CARDS} cards × ${RUNS} runs`,
        figure: 'second key → card filed (median of each run: median / min / max)',
        value: `${formatNumber(median(cards))} / ${formatNumber(Math.min(...cards))} / ${formatNumber(Math.max(...cards))} ms`,
        target: '≪ 3 s a card',
      },
      {
        benchmark: '',
        figure: `${CARDS} cards, keys only (median / min / max)`,
        value: `${formatNumber(median(totals))} / ${formatNumber(Math.min(...totals))} / ${formatNumber(Math.max(...totals))} s`,
        target: '< 300 s with the reader',
      },
      {
        benchmark: '',
        figure: 'longest task while sorting (worst run)',
        value: `${formatNumber(Math.max(...runs.map((r) => r.longest)))} ms`,
        target: '',
      },
    );
  }
  return rows;
}
