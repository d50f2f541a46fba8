import { generatedNetwork, storedNetwork } from '../bench/lib/networks.mjs';
import { expect, test } from './fixtures';

/*
 * A large stored map is read in a worker (stores/persistence-decode.ts) under the site's strict
 * CSP, while the map says it is loading: it must come back whole, and the stored text must stay
 * as it was (nothing is written back for reading it). The fixtures fail a test on any CSP
 * violation or request to another origin.
 */

test.describe.configure({ timeout: 120_000 });

test('a map of 5,000 people is read off the page, listed whole, and left as stored', async ({
  page,
}) => {
  const raw = storedNetwork(generatedNetwork(5000, 500, { full: false }));
  expect(raw.length).toBeGreaterThan(200_000);
  await page.goto('/en/');
  await page.evaluate((value) => localStorage.setItem('syn:network', value), raw);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/en/map/');
  await expect(page.getByRole('table', { name: '5,000 people on the map' })).toBeVisible({
    timeout: 60_000,
  });
  expect(workers.some((url) => url.includes('decode.worker'))).toBe(true);
  await expect(page.getByText('Loading', { exact: false })).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => localStorage.getItem('syn:network'))).toBe(raw);
});
