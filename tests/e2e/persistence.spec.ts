import { expect, test, waitForIslands } from './fixtures';

const LESSON = '/en/lessons/network-as-resource/';

test('marking a lesson done survives a reload and shows on the home page', async ({ page }) => {
  await page.goto(LESSON);
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByRole('button', { name: 'Done — unmark' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.reload();
  await waitForIslands(page);
  await expect(page.getByRole('button', { name: 'Done — unmark' })).toBeVisible();

  await page.goto('/en/');
  await waitForIslands(page);
  await expect(page.getByTestId('progress-count')).toHaveText(/^1 of \d+ lessons done$/);
  await expect(page.getByRole('link', { name: /^Continue with “/ })).toBeVisible();
});

test('a corrupt saved value shows a notice and is never written over', async ({ page }) => {
  const raw = '{"v":1,"data":{"visited":{"x":';
  await page.goto('/en/');
  await page.evaluate((value) => localStorage.setItem('syn:progress', value), raw);
  await page.goto(LESSON);
  await waitForIslands(page);

  await expect(page.getByRole('alert')).toContainText(
    'Saved data could not be read: Lesson progress',
  );
  // Visiting and marking done would normally write: the damaged text must stay as it was.
  await page.getByRole('button', { name: 'Mark as done' }).click();
  expect(await page.evaluate(() => localStorage.getItem('syn:progress'))).toBe(raw);

  // The reader chooses: a copy is kept, and from then on work is saved again.
  await page.getByRole('button', { name: 'Keep a copy and start afresh' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const stored = await page.evaluate(() => ({
    progress: localStorage.getItem('syn:progress'),
    copies: Object.keys(localStorage)
      .filter((key) => key.startsWith('syn:quarantine:progress:'))
      .map((key) => localStorage.getItem(key)),
  }));
  expect(stored.copies).toEqual([raw]);
  expect(JSON.parse(stored.progress ?? '{}')).toMatchObject({
    v: 2,
    data: { done: { 'network-as-resource': expect.any(String) } },
  });
});

test('a value saved by a newer version is left untouched and the page says so', async ({
  page,
}) => {
  const raw = '{"v":99,"data":{"somethingNew":true}}';
  await page.goto('/vi/');
  await page.evaluate((value) => localStorage.setItem('syn:progress', value), raw);
  await page.goto('/vi/lessons/network-as-resource/');
  await waitForIslands(page);
  await expect(page.getByRole('alert')).toContainText('Dữ liệu được lưu bởi phiên bản mới hơn');
  expect(await page.evaluate(() => localStorage.getItem('syn:progress'))).toBe(raw);
});

test('a full storage raises "not being saved", keeps the work on screen and the old value whole', async ({
  page,
}) => {
  const saved = '{"v":1,"data":{"visited":{},"done":{}}}';
  await page.goto('/en/');
  await page.evaluate((value) => localStorage.setItem('syn:progress', value), saved);
  // From now on every write of the workbook's fails as a full disk would make it fail.
  await page.addInitScript(() => {
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem');
    const setItem = original?.value as (this: Storage, key: string, value: string) => void;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key.startsWith('syn:')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto(LESSON);
  await waitForIslands(page);

  await expect(page.getByRole('alert')).toContainText('Your work is NOT being saved');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByRole('button', { name: 'Done — unmark' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('syn:progress'))).toBe(saved);
});

test('another tab’s change shows up without a reload', async ({ page, context }) => {
  await page.goto('/en/lessons/');
  await waitForIslands(page);
  const first = page.locator('[data-status]').first();
  await expect(first).toHaveAttribute('data-status', 'new');

  const other = await context.newPage();
  await other.goto(LESSON);
  await waitForIslands(other);
  await other.getByRole('button', { name: 'Mark as done' }).click();

  await expect(first).toHaveAttribute('data-status', 'done');
});

test('the Your data page lists what is stored and clears it after confirmation', async ({
  page,
}) => {
  await page.goto(LESSON);
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Mark as done' }).click();

  await page.goto('/en/your-data/');
  await waitForIslands(page);
  const table = page.getByRole('table', { name: 'What is stored' });
  await expect(table.getByRole('row', { name: /Lesson progress syn:progress/ })).toBeVisible();
  await expect(page.getByTestId('storage-used')).toContainText('5,000,000');

  await page.getByRole('button', { name: 'Clear all data' }).click();
  await page.getByRole('button', { name: 'No, keep it' }).click();
  await expect(table).toBeVisible();

  await page.getByRole('button', { name: 'Clear all data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByTestId('nothing-stored')).toBeVisible();
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('syn:'))),
  ).toEqual([]);
});
