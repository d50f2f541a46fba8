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

// Colour contrast differs in the dark theme: one page of each kind is checked there too.
for (const path of ['/vi/', '/en/lessons/', '/vi/lessons/share-with-care/', '/en/your-data/']) {
  test(`${path} passes axe in the dark theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    await waitForIslands(page);
    await expectNoAxeViolations(page);
  });
}
