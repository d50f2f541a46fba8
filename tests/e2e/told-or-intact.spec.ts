import { expect, expectNoAxeViolations, test, waitForIslands } from './fixtures';

/** A stored map with a lone surrogate in one name and a tie to someone no longer on it. */
const DAMAGED_MAP = JSON.stringify({
  v: 1,
  data: {
    people: [
      { id: 'p1', name: 'Nguyễn Văn Anh\ud800' },
      { id: 'p2', name: 'Trần Thị Bình' },
    ],
    ties: [
      { a: 'p1', b: 'p2' },
      { a: 'p1', b: 'p9' },
    ],
    customContexts: [],
    issues: [],
  },
});

const REPAIRED = {
  en: {
    title: 'Saved data was repaired to be read: Network map',
    keep: 'Keep a copy of the original and use the repaired data',
  },
  vi: {
    title: 'Đã sửa dữ liệu đã lưu để đọc được',
    keep: 'Giữ một bản sao bản gốc và dùng bản đã sửa',
  },
} as const;

for (const locale of ['en', 'vi'] as const) {
  test(`a repaired map is shown, told about and kept until the reader chooses (${locale})`, async ({
    page,
  }) => {
    // Two axe runs over the whole map page: slow on a shared machine.
    test.setTimeout(300_000);
    await page.goto(`/${locale}/`);
    await page.evaluate((value) => localStorage.setItem('syn:network', value), DAMAGED_MAP);
    await page.goto(`/${locale}/map/`);
    await waitForIslands(page);

    const notice = page.getByRole('alert').filter({ hasText: REPAIRED[locale].title });
    await expect(notice).toBeVisible();
    // Both people are still there; the broken character is shown as U+FFFD.
    await expect(page.getByText('Nguyễn Văn Anh\ufffd').first()).toBeAttached();
    await expect(page.getByText('Trần Thị Bình').first()).toBeAttached();
    expect(await page.evaluate(() => localStorage.getItem('syn:network'))).toBe(DAMAGED_MAP);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [width, name] of [
        [390, 'phone'],
        [1280, 'desktop'],
      ] as const) {
        await page.setViewportSize({ width, height: 900 });
        await notice.scrollIntoViewIfNeeded();
        await notice.screenshot({
          path: `screenshots/told-or-intact/map-${locale}-${scheme}-${name}.png`,
        });
      }
      await expectNoAxeViolations(page);
    }

    await notice.getByRole('button', { name: REPAIRED[locale].keep }).click();
    await expect(notice).toHaveCount(0);
    const saved = await page.evaluate(() => localStorage.getItem('syn:network'));
    expect(saved).not.toBe(DAMAGED_MAP);
    expect(saved).toContain('Nguyễn Văn Anh\ufffd');
    const copies = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('syn:quarantine:network')),
    );
    expect(copies).toHaveLength(1);
  });
}

test('damaged lesson progress is mentioned on the lesson list', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => localStorage.setItem('syn:progress', '{"v":1,"data":{"visited":[1'));
  await page.goto('/en/lessons/');
  await waitForIslands(page);
  await expect(page.getByRole('alert')).toContainText(
    'Saved data could not be read: Lesson progress',
  );
  await expectNoAxeViolations(page);
});
