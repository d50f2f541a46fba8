import type { Page } from '@playwright/test';
import { dictionaries } from '../../src/i18n/ui';
import { LOCALES, otherLocale, type Locale } from '../../src/lib/i18n/locale';
import { expect, expectNoAxeViolations, test, waitForIslands } from './fixtures';
import { lessonFiles } from './lesson-files';

// Each test opens many pages and runs axe on several; the machine running them may be busy.
test.describe.configure({ timeout: 90_000 });

const lessonsOf = { vi: lessonFiles('vi'), en: lessonFiles('en') };

/** The lesson pager's link in a direction ('lessons.next' or 'lessons.previous'). */
function pagerLink(page: Page, locale: Locale, key: 'lessons.next' | 'lessons.previous') {
  const label = dictionaries[locale][key];
  return page
    .getByRole('navigation', { name: /\// })
    .getByRole('link', { name: new RegExp(`^${label}`) });
}

/** The card of a lesson on the lesson list. */
function lessonCard(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
}

test('both languages have the same lessons in the same order', () => {
  expect(lessonsOf.vi.length).toBeGreaterThanOrEqual(6);
  expect(lessonsOf.en.map((lesson) => [lesson.id, lesson.order])).toEqual(
    lessonsOf.vi.map((lesson) => [lesson.id, lesson.order]),
  );
});

for (const locale of LOCALES) {
  const lessons = lessonsOf[locale];
  const other = otherLocale(locale);

  test(`the ${locale} path can be walked from the list to the end with the "next" links`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.goto(`/${locale}/lessons/`);
    await page.getByRole('link', { name: lessons[0]?.title ?? '' }).click();

    for (const [index, lesson] of lessons.entries()) {
      await expect(page).toHaveURL(new RegExp(`/${locale}/lessons/${lesson.id}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
      await waitForIslands(page);
      await expectNoAxeViolations(page);

      // The previous link leads back one step; the first lesson has none.
      const previous = lessons[index - 1];
      if (previous) {
        await expect(pagerLink(page, locale, 'lessons.previous')).toHaveAttribute(
          'href',
          `/${locale}/lessons/${previous.id}/`,
        );
      } else await expect(pagerLink(page, locale, 'lessons.previous')).toHaveCount(0);

      // The language switch leads to the same lesson in the other language, and back.
      await page.getByRole('link', { name: dictionaries[locale]['site.switchToLabel'] }).click();
      await expect(page).toHaveURL(new RegExp(`/${other}/lessons/${lesson.id}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      const twin = lessonsOf[other].find((candidate) => candidate.id === lesson.id);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(twin?.title ?? '');
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);

      if (index < lessons.length - 1) await pagerLink(page, locale, 'lessons.next').click();
      else await expect(pagerLink(page, locale, 'lessons.next')).toHaveCount(0);
    }
  });

  test(`reading a ${locale} lesson page loads no search code`, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`/${locale}/lessons/${lessons[0]?.id}/`);
    await waitForIslands(page);
    expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  });
}

test.describe('progress', () => {
  const [first, second, third] = lessonsOf.en;

  test('marking a lesson done shows on the lesson list in both languages and survives reload', async ({
    page,
  }) => {
    if (!first || !second || !third) throw new Error('the test needs three lessons');
    await page.goto('/en/lessons/');
    await waitForIslands(page);
    await expect(lessonCard(page, first.title).getByText('Not read yet')).toBeVisible();

    await page.goto(`/en/lessons/${first.id}/`);
    await waitForIslands(page);
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await expect(page.getByRole('button', { name: /Done — unmark/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.goto(`/en/lessons/${second.id}/`);
    await waitForIslands(page);

    await page.goto('/en/lessons/');
    await waitForIslands(page);
    await expect(lessonCard(page, first.title).getByText('Done', { exact: true })).toBeVisible();
    await expect(lessonCard(page, second.title).getByText('Opened')).toBeVisible();
    await expect(lessonCard(page, third.title).getByText('Not read yet')).toBeVisible();

    await page.reload();
    await waitForIslands(page);
    await expect(lessonCard(page, first.title).getByText('Done', { exact: true })).toBeVisible();
    await expect(lessonCard(page, second.title).getByText('Opened')).toBeVisible();

    // Progress belongs to the lesson, not to the language it was read in.
    const viFirst = lessonsOf.vi.find((lesson) => lesson.id === first.id);
    await page.goto('/vi/lessons/');
    await waitForIslands(page);
    await expect(lessonCard(page, viFirst?.title ?? '').getByText('Đã xong')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('"continue" on the home page leads to the first unfinished lesson', async ({ page }) => {
    if (!first || !second || !third) throw new Error('the test needs three lessons');
    await page.goto('/vi/');
    await waitForIslands(page);
    await page.getByRole('link', { name: 'Bắt đầu từ bài đầu tiên' }).click();
    await expect(page).toHaveURL(new RegExp(`/vi/lessons/${first.id}/$`));

    // Lessons 1 and 3 done, lesson 2 skipped: "continue" goes back to lesson 2, not on to 4.
    for (const lesson of [first, third]) {
      await page.goto(`/vi/lessons/${lesson.id}/`);
      await waitForIslands(page);
      await page.getByRole('button', { name: 'Đánh dấu đã xong' }).click();
      await expect(page.getByRole('button', { name: /Đã xong/ })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    }
    const viSecond = lessonsOf.vi.find((lesson) => lesson.id === second.id);
    await page.goto('/vi/');
    await waitForIslands(page);
    await expect(page.getByTestId('progress-count')).toHaveText(
      `Đã xong 2 trên ${lessonsOf.vi.length} bài`,
    );
    await page.getByRole('link', { name: `Tiếp tục bài “${viSecond?.title}”` }).click();
    await expect(page).toHaveURL(new RegExp(`/vi/lessons/${second.id}/$`));
  });
});

test.describe('search', () => {
  /** Types a query into the search field and waits for the count to be announced. */
  async function searchFor(page: Page, locale: Locale, query: string) {
    const field = page.getByRole('searchbox', { name: dictionaries[locale]['search.label'] });
    await field.fill(query);
    // The first search loads Pagefind's script, index and WebAssembly: allow a busy machine time.
    await expect(page.getByRole('status')).toContainText(`“${query}”`, { timeout: 15_000 });
  }

  /** The addresses of the results listed. */
  async function resultLinks(page: Page): Promise<string[]> {
    return page
      .getByRole('list', { name: /^(Kết quả tìm kiếm|Search results)$/ })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  }

  test('loads the search index only when the reader turns to the field', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto('/en/search/');
    await waitForIslands(page);
    expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.getByRole('searchbox', { name: 'What are you looking for?' }).focus();
    await expect.poll(() => fetched.includes('/pagefind/pagefind.js')).toBe(true);
  });

  // "hợp tác xã" and "cooperative" appear only in the body of lesson 1 (the coffee cooperative).
  const bodyWords = { vi: 'hợp tác xã', en: 'cooperative' } as const;

  for (const locale of LOCALES) {
    const first = lessonsOf[locale][0];

    test(`finds a ${locale} lesson by a word from its body, and opens it`, async ({ page }) => {
      await page.goto(`/${locale}/search/`);
      await waitForIslands(page);
      await searchFor(page, locale, bodyWords[locale]);
      const results = page.getByRole('list', { name: dictionaries[locale]['search.results'] });
      await expect(results.getByRole('link', { name: first?.title ?? '' })).toBeVisible();
      await expect(results.locator('mark').first()).toBeVisible();
      await expectNoAxeViolations(page);
      await results.getByRole('link', { name: first?.title ?? '' }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/lessons/${first?.id}/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(first?.title ?? '');
    });

    test(`results for a word found in both languages stay in ${locale}`, async ({ page }) => {
      // Both names are written the same way in both languages.
      for (const query of ['Granovetter', 'Buôn Ma Thuột']) {
        await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
        await expect(page.getByRole('searchbox')).toHaveValue(query);
        await expect(page.getByRole('status')).toContainText(`“${query}”`, { timeout: 15_000 });
        const links = await resultLinks(page);
        expect(links.length, query).toBeGreaterThan(0);
        for (const href of links) expect(href, query).toMatch(new RegExp(`^/${locale}/`));
      }
    });
  }

  test('matches a Vietnamese word typed with diacritics as typed', async ({ page }) => {
    // "yếu" (weak) is in these four pages; "yêu" (to ask, to love), which Pagefind would also
    // match, is in share-with-care and practice.
    await page.goto('/vi/search/');
    await waitForIslands(page);
    await searchFor(page, 'vi', 'yếu');
    expect((await resultLinks(page)).filter((href) => !href.includes('#')).sort()).toEqual([
      '/vi/glossary/',
      '/vi/lessons/network-as-resource/',
      '/vi/lessons/social-media-with-focus/',
      '/vi/lessons/where-networks-grow/',
    ]);
    const marked = await page.locator('.results mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const text of marked) expect(text.toLowerCase()).toContain('yếu');
  });

  test('finds a glossary term and links to its entry', async ({ page }) => {
    await page.goto('/en/search/');
    await waitForIslands(page);
    await searchFor(page, 'en', 'double opt-in');
    const entry = page
      .getByRole('list', { name: 'Matching parts of the page' })
      .getByRole('link', { name: 'Double opt-in introduction', exact: true });
    await expect(entry).toBeVisible();
    await entry.click();
    await expect(page).toHaveURL(/\/en\/glossary\/#double-opt-in-introduction$/);
    await expect(page.getByRole('heading', { name: 'Double opt-in introduction' })).toBeVisible();
  });

  test('says so when nothing matches, and keeps the query in the address', async ({ page }) => {
    await page.goto('/vi/search/');
    await waitForIslands(page);
    await searchFor(page, 'vi', 'zzyzx');
    await expect(page.getByRole('status')).toHaveText(
      'Không có trang nào khớp với “zzyzx”. Hãy thử một từ khác, hoặc ngắn hơn.',
    );
    await expect(page).toHaveURL(/\?q=zzyzx$/);
  });

  test('can be used with the keyboard alone, in the dark theme with no axe violation', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en/search/');
    await waitForIslands(page);
    await page.getByRole('searchbox').focus();
    await page.keyboard.type('Dunbar');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('“Dunbar”', { timeout: 15_000 });
    await expectNoAxeViolations(page);
    const firstResult = page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link')
      .first();
    for (let presses = 0; presses < 12; presses++) {
      if (await firstResult.evaluate((link) => link === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(firstResult).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/\/search\//);
  });
});

test('the lesson list, a lesson and the glossary pass axe in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/vi/lessons/', `/en/lessons/${lessonsOf.en[1]?.id}/`, '/vi/glossary/']) {
    await page.goto(path);
    await waitForIslands(page);
    await expectNoAxeViolations(page);
  }
});

test('the lesson list, a lesson, the glossary and search results fit 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [
    '/vi/lessons/',
    `/vi/lessons/${lessonsOf.vi[0]?.id}/`,
    '/en/glossary/',
    '/vi/search/?q=Dunbar',
  ]) {
    await page.goto(path);
    await waitForIslands(page);
    if (path.includes('?q=')) {
      await expect(page.getByRole('status')).toContainText('Dunbar', { timeout: 15_000 });
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
