import { generatedNetwork, storedNetwork } from '../bench/lib/networks.mjs';
import { expect, test } from './fixtures';
import { recordedShifts, watchLayoutShifts } from './layout-shifts';

/*
 * A returning reader's map is read in the browser after the server's HTML has been painted, and a
 * map of 200,000 characters or more is read off the page, later still. Nothing a page shows may
 * move when it comes in. Each of these moved before: the worksheet's "initials only" box joined
 * its toolbar (0.023), the weigher's suggestions appeared above its questions (0.07 on a phone,
 * 0.11 on a desktop), a "loading what you saved" line came and went above the map, the import and
 * the weigher, the map's filters arrived after a large map (0.025), and "Your data" drew its list
 * before the backup reminder that goes above it (0.06).
 */

test.describe.configure({ timeout: 90_000 });

const small = storedNetwork(generatedNetwork(30, 60));
const large = storedNetwork(generatedNetwork(1000, 3000));

const pages = [
  ['/en/map/', 'table'],
  ['/vi/introductions/', 'combobox'],
  ['/en/worksheet/', 'checkbox'],
  ['/vi/your-data/', 'table'],
  ['/en/import/', 'button'],
] as const;

test('the large map really is read off the page', () => {
  expect(large.length).toBeGreaterThan(200_000);
  expect(small.length).toBeLessThan(200_000);
});

for (const [size, raw] of [
  ['30-person', small],
  ['1,000-person', large],
] as const) {
  for (const width of [390, 1280]) {
    for (const [path, settled] of pages) {
      test(`nothing moves on ${path} at ${String(width)} px for a reader with a ${size} map`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 844 });
        await page.goto('/en/');
        await page.evaluate((value) => localStorage.setItem('syn:network', value), raw);
        await watchLayoutShifts(page);
        await page.goto(path);
        // The page's exercise is awake (Astro drops `ssr` then), the map is in and the "loading
        // what you saved" line has gone; all but the import show something only a map brings.
        await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/, {
          timeout: 60_000,
        });
        await expect(page.getByRole(settled).first()).toBeVisible({ timeout: 60_000 });
        await expect(page.getByText(/loading what you saved|đang tải dữ liệu đã lưu/)).toHaveCount(
          0,
          { timeout: 60_000 },
        );
        await page.waitForTimeout(500);
        expect(await recordedShifts(page)).toEqual([]);
      });
    }
  }
}
