import { expect, test } from './fixtures';

test.describe('the root address', () => {
  test.use({ locale: 'en-GB' });

  test('sends an English-speaking browser to /en/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('the root address in Vietnamese', () => {
  test.use({ locale: 'vi-VN' });

  test('sends a Vietnamese browser to /vi/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/vi\/$/);
  });
});

test.describe('the root address for other languages', () => {
  test.use({ locale: 'fr-FR' });

  test('falls back to Vietnamese, the article’s language', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/vi\/$/);
  });
});

test.describe('the root address without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('offers both languages as links', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Tiếng Việt' })).toHaveAttribute('href', '/vi/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
  });
});

test('the language switch keeps the reader on the same page', async ({ page }) => {
  await page.goto('/vi/your-data/');
  await page.getByRole('link', { name: /Đọc trang này bằng tiếng Anh/ }).click();
  await expect(page).toHaveURL(/\/en\/your-data\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data');

  await page.getByRole('link', { name: /Read this page in Vietnamese/ }).click();
  await expect(page).toHaveURL(/\/vi\/your-data\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dữ liệu của bạn');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the page is usable at 320 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/vi/', '/en/your-data/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
