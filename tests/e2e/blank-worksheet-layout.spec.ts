import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { expect, test } from './fixtures';
import { recordedShifts, watchLayoutShifts } from './layout-shifts';

/*
 * The blank worksheet's print button appears once its script runs. On a phone the toolbar wraps,
 * and when the button was `hidden` until then, everything below it moved down by a line as it
 * appeared (Lighthouse: CLS 0.021 on /vi/worksheet/blank/). Its room is now kept from the start.
 */
for (const width of [412, 1280]) {
  for (const [locale, strings] of [
    ['vi', vi],
    ['en', en],
  ] as const) {
    test(`nothing moves on /${locale}/worksheet/blank/ at ${String(width)} px when the print button appears`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 823 });
      await watchLayoutShifts(page);
      await page.goto(`/${locale}/worksheet/blank/`);
      const print = page.getByRole('button', { name: strings['sheet.print'] });
      await expect(print).toBeVisible();
      expect(await recordedShifts(page)).toEqual([]);
      // It prints: the click reaches window.print.
      await page.evaluate(() => {
        Object.assign(window, { printed: 0 });
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      await print.click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    });
  }
}
