import { expect, expectNoAxeViolations, test, waitForIslands } from './fixtures';
import { builtPages } from './site-pages';

// Every page of the built site, in both languages: it loads, names its language, has the
// landmarks, passes axe, and makes no request to another origin (checked by the fixture).
for (const path of builtPages().filter((page) => page !== '/')) {
  test(`${path} loads in its language with no axe violation`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const locale = path.split('/')[1];
    await expect(page.locator('html')).toHaveAttribute('lang', locale ?? '');
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.locator('h1')).toHaveCount(1);
    await waitForIslands(page);
    await expectNoAxeViolations(page);
  });
}

test('dark theme pages pass axe too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/vi/', '/en/', '/en/your-data/']) {
    await page.goto(path);
    await waitForIslands(page);
    await expectNoAxeViolations(page);
  }
});
