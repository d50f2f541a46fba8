import type { Page } from '@playwright/test';
import { expect, test, waitForIslands } from './fixtures';
import { recordedShifts, watchLayoutShifts, type Shift } from './layout-shifts';

/*
 * The "Your data" page fills in after it is shown: what is stored (read when the page wakes up)
 * and the browser's estimate of its larger storage (answered later still). Lighthouse counted the
 * lines growing as they filled in as layout shift (CLS 0.215 on one run); the room for each is now
 * reserved in the server's HTML, so for a reader with nothing stored nothing on the page moves.
 */

/** Records layout shifts, with the browser's storage estimate arriving late. */
async function watchShifts(page: Page): Promise<void> {
  await watchLayoutShifts(page);
  await page.addInitScript(() => {
    // The browser's estimate arrives late, as it can on a slow phone: after the page is shown.
    const storage = navigator.storage as StorageManager | undefined;
    if (storage?.estimate) {
      const estimate = storage.estimate.bind(storage);
      storage.estimate = () =>
        new Promise((resolve) => setTimeout(resolve, 400)).then(() => estimate());
    }
  });
}

/**
 * Waits for the page's one island to wake without scrolling (`waitForIslands` scrolls to each
 * island and back): scrolled half-way down while the panels were still coming in, the footer was
 * on screen and moved when they came, a shift no reader at the top of the page sees (the test
 * failed about one run in six that way).
 */
async function awake(page: Page): Promise<void> {
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/, {
    timeout: 20_000,
  });
}

async function shiftsAfterLoading(page: Page, path: string): Promise<Shift[]> {
  await page.goto(path);
  await awake(page);
  await expect(page.getByTestId('nothing-stored')).toBeVisible();
  await expect(page.getByTestId('storage-estimate')).toContainText(/IndexedDB\)\.\s+\S/);
  await expect(page.getByTestId('storage-estimate')).not.toContainText(/Asking|Đang hỏi/);
  return recordedShifts(page);
}

for (const width of [320, 412, 1280]) {
  for (const path of ['/vi/your-data/', '/en/your-data/']) {
    test(`nothing moves on ${path} at ${String(width)} px while it fills in`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await watchShifts(page);
      expect(await shiftsAfterLoading(page, path)).toEqual([]);
    });
  }
}

test('nothing moves on a slow phone either (CPU four times slower)', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await watchShifts(page);
  expect(await shiftsAfterLoading(page, '/vi/your-data/')).toEqual([]);
  expect(await shiftsAfterLoading(page, '/en/your-data/')).toEqual([]);
});

/*
 * A returning reader: something is stored (here, the lessons they opened), so the page finds a list
 * and a backup reminder to show at the top. In Lighthouse's full run (which keeps localStorage from
 * page to page) both appeared one after the other and pushed everything below down: CLS 0.15–0.17.
 */
for (const width of [412, 1280]) {
  for (const locale of ['vi', 'en']) {
    test(`nothing moves on /${locale}/your-data/ at ${String(width)} px for a reader with work stored`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 823 });
      await page.goto(`/${locale}/lessons/network-as-resource/`);
      await waitForIslands(page);
      await expect
        .poll(() =>
          page.evaluate(() => Object.keys(localStorage).some((key) => key.includes('progress'))),
        )
        .toBe(true);
      await watchShifts(page);
      await page.goto(`/${locale}/your-data/`);
      await awake(page);
      await expect(page.getByTestId('backup-reminder')).toBeVisible();
      await expect(page.getByRole('table')).toBeVisible();
      await expect(page.getByTestId('storage-estimate')).not.toContainText(/Asking|Đang hỏi/);
      expect(await recordedShifts(page)).toEqual([]);
    });
  }
}
