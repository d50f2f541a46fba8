import type { Page } from '@playwright/test';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { expect, test } from './fixtures';
import { recordedShifts, watchLayoutShifts } from './layout-shifts';

/*
 * The worksheet and the map show the sample switch above their loading line. When the switch was
 * drawn only once the island had mounted, it appeared above a loading line still on screen and
 * pushed it down (Lighthouse: CLS 0.022 en, 0.030 vi on the worksheet's `p.loading`): on the
 * worksheet of a reader who has opened a lesson, the line stays while their progress is read.
 * The server's HTML now holds the switch, so the page opens with everything where it stays.
 */

/** Holds back the script of the stored collection `name` until `release()`: a slow network. */
async function holdStore(page: Page, name: string): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    let response: Awaited<ReturnType<typeof route.fetch>>;
    let body: string;
    try {
      response = await route.fetch();
      body = await response.text();
    } catch {
      return; // The page that asked for it has gone (the test is over).
    }
    if (new RegExp(`name:\\s*(["'\`])${name}\\1`).test(body)) await released;
    await route.fulfill({ response, body });
  });
  return release;
}

/** Two frames: whatever is on the page now has been painted. */
const painted = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

for (const width of [390, 1280]) {
  for (const [locale, strings] of [
    ['vi', vi],
    ['en', en],
  ] as const) {
    test(`nothing moves on /${locale}/worksheet/ at ${String(width)} px while a returning reader’s progress is read`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 823 });
      // A reader who has opened a lesson: the sheet reads their progress before it is drawn.
      await page.goto(`/${locale}/lessons/where-networks-grow/`);
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem('syn:progress')))
        .not.toBeNull();
      const release = await holdStore(page, 'progress');
      await watchLayoutShifts(page);
      await page.goto(`/${locale}/worksheet/`);
      const explore = page.getByRole('button', { name: strings['sample.explore'] });
      // The switch and the loading line, both on screen while the progress is held back.
      await expect(explore).toBeVisible();
      await expect(page.getByText(strings['sheet.loading'])).toBeVisible();
      await painted(page);
      release();
      // A generous wait: two cores shared by several browsers can take a while to wake a page.
      await expect(page.getByRole('heading', { name: strings['sheet.questions'] })).toBeVisible({
        timeout: 20_000,
      });
      expect(await recordedShifts(page)).toEqual([]);
      // One switch, and it works once the island is awake.
      await expect(explore).toHaveCount(1);
      await explore.click();
      await expect(page.getByRole('button', { name: strings['sample.back'] })).toBeVisible();
    });

    test(`nothing moves on /${locale}/map/ at ${String(width)} px while it opens`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 823 });
      await watchLayoutShifts(page);
      await page.goto(`/${locale}/map/`);
      await expect(
        page.getByRole('heading', { name: strings['map.quickAdd.title'] }),
      ).toBeVisible();
      await expect(page.getByText(strings['map.loading'])).toHaveCount(0);
      // The summary, the map, its key and the list come a task apart after the form: each in
      // room already held, so nothing drawn before them moves either.
      await expect(
        page.getByRole('heading', { name: strings['map.section.list'], exact: true }),
      ).toBeVisible();
      await expect(
        page.getByRole('heading', { name: strings['map.section.map'], exact: true }),
      ).toBeVisible();
      await painted(page);
      expect(await recordedShifts(page)).toEqual([]);
      await expect(page.getByRole('button', { name: strings['sample.explore'] })).toHaveCount(1);
    });
  }
}
