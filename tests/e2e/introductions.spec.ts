import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForIslands } from './fixtures';

/*
 * The introduction weigher and log, used by keyboard only: controls are reached with focus() (as
 * Tab would) and operated with keys; nothing is clicked.
 */

// These pages are long and axe runs twice (light and dark): on a busy two-core machine that takes
// more than the default 30 s.
test.describe.configure({ timeout: 240_000 });

const person = (id: string, name: string, preference: string, contexts: string[]) => ({
  id,
  name,
  preference,
  contexts,
  trust: 4,
});
const NETWORK = {
  v: 1,
  data: {
    people: [
      person('p1', 'Minh', 'open', ['workplace']),
      person('p2', 'Lan', 'open', ['association']),
      person('p3', 'Hoa', 'no', ['school']),
      person('p4', 'Tuấn', 'open', ['workplace']),
      person('p5', 'Kim', 'ask', ['association']),
    ],
    ties: [],
    customContexts: [],
    issues: [],
  },
};

async function seedMap(page: Page): Promise<void> {
  await page.goto('/en/');
  await page.evaluate((value) => {
    localStorage.clear();
    localStorage.setItem('syn:network', JSON.stringify(value));
  }, NETWORK);
}

/** Presses a key on a control, as a keyboard user who has tabbed to it would. */
async function press(control: Locator, key: string): Promise<void> {
  await control.focus();
  await control.press(key);
}

/** Chooses a person in a native select by typing the start of their name. */
async function pickByTyping(select: Locator, text: string): Promise<void> {
  await select.focus();
  await select.page().keyboard.type(text);
}

/** Checks one radio of a question with the space bar. */
async function answer(page: Page, question: string | RegExp, option: string): Promise<void> {
  const group = page.getByRole('group', { name: question });
  await press(group.getByRole('radio', { name: option, exact: true }), 'Space');
  await expect(group.getByRole('radio', { name: option, exact: true })).toBeChecked();
}

test('weigh, draft, log and follow up an introduction by keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedMap(page);
  await page.goto('/en/introductions/');
  await waitForIslands(page);

  const weigher = page.getByTestId('intro-weigher');
  const [first, second] = [
    weigher.getByLabel('Choose a person').nth(0),
    weigher.getByLabel('Choose a person').nth(1),
  ];
  await pickByTyping(first, 'Minh');
  await expect(first).toHaveValue('p1');
  await pickByTyping(second, 'Lan');
  await expect(second).toHaveValue('p2');
  await expect(weigher.getByText('On your map: Open to introductions.')).toHaveCount(2);

  const purpose = weigher.getByLabel('Why introduce these two?');
  await purpose.focus();
  await page.keyboard.type('Lan needs UX research and Minh does it');
  await answer(page, 'What does Minh stand to gain?', 'Something');
  await answer(page, 'What does Lan stand to gain?', 'A lot');
  await answer(page, 'How sensitive is what you would share?', 'Not sensitive');
  await answer(page, 'Could the two deal directly and leave you out?', 'Unlikely');
  await answer(page, /^And what do you gain/, 'Something');
  // Filled in from the map: a workplace and an association have nothing in common.
  await expect(
    page
      .getByRole('group', { name: 'Do they share a context?' })
      .getByRole('radio', { name: 'No', exact: true }),
  ).toBeChecked();

  const headline = page.getByTestId('verdict-headline');
  await expect(headline).toHaveText('Go ahead, with a double opt-in');
  await expect(page.getByTestId('verdict-reasons')).toContainText(
    'On balance, the reasons for clearly outweigh the reasons against.',
  );

  // Each factor's working is one key away.
  await press(page.getByText('Show the working'), 'Enter');
  await expect(page.getByRole('table', { name: 'What each factor contributed' })).toBeVisible();

  await press(page.getByRole('button', { name: 'Copy message: Asking Minh' }), 'Enter');
  await expect(page.getByText('Copied: Asking Minh.')).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Hi Minh,/);

  await press(page.getByRole('button', { name: 'Add to the introduction log' }), 'Enter');
  const form = page.getByRole('form', { name: 'Edit introduction' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('heading', { name: 'Edit introduction' })).toBeFocused();
  await pickByTyping(form.getByLabel('Outcome'), 'Good');
  await expect(form.getByLabel('Outcome')).toHaveValue('good');
  await form.getByLabel('Notes').focus();
  await page.keyboard.type('They met in March.');
  await press(form.getByRole('button', { name: 'Save' }), 'Enter');
  await expect(page.getByRole('button', { name: 'Edit: Minh and Lan' })).toBeFocused();

  await page.reload();
  await waitForIslands(page);
  const log = page.getByTestId('intro-log');
  await expect(log.getByRole('heading', { name: 'Minh and Lan' })).toBeVisible();
  await expect(log.getByText('They met in March.')).toBeVisible();
  await expect(page.getByTestId('successes')).toContainText('Minh and Lan');
  // The weigher kept its answers across the reload too.
  await expect(headline).toHaveText('Go ahead, with a double opt-in');

  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('someone who asked not to be introduced gets "do not", with the reason', async ({ page }) => {
  await seedMap(page);
  await page.goto('/en/introductions/');
  await waitForIslands(page);
  const weigher = page.getByTestId('intro-weigher');
  await pickByTyping(weigher.getByLabel('Choose a person').nth(0), 'Minh');
  await pickByTyping(weigher.getByLabel('Choose a person').nth(1), 'Hoa');
  await answer(page, 'Have you asked Hoa about this introduction?', 'Said yes');

  await expect(page.getByTestId('verdict-headline')).toHaveText('Do not introduce them');
  await expect(page.getByTestId('verdict-reasons').getByRole('listitem').first()).toHaveText(
    /^Hoa does not want to be introduced \(“do not introduce me”\)\. That always wins/,
  );
  await expect(page.getByTestId('drafts-hidden')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);

  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('the weigher in the practice lesson works in Vietnamese at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/vi/lessons/practice/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForIslands(page);
  const weigher = page.getByTestId('intro-weigher');
  // The map is empty: both people are typed.
  await weigher.getByLabel('Tên người ấy').nth(0).focus();
  await page.keyboard.type('Chị Mai');
  await weigher.getByLabel('Tên người ấy').nth(1).focus();
  await page.keyboard.type('Anh Quang');
  await answer(page, 'Anh Quang nghĩ sao về việc được giới thiệu?', 'Đừng giới thiệu tôi');
  await expect(page.getByTestId('verdict-headline')).toHaveText('Đừng giới thiệu');
  await expect(page.getByTestId('verdict-reasons')).toContainText(
    'Anh Quang không muốn được giới thiệu',
  );
  // Nothing in the weigher reaches past the 320 px screen (other exercises share this page).
  const widest = await weigher.evaluate((root) =>
    Math.max(...[root, ...root.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)),
  );
  expect(widest).toBeLessThanOrEqual(320);
  // Only the weigher: the page's other exercises have their own tests (and all-pages runs axe on it).
  const results = await new AxeBuilder({ page })
    .include('[data-testid="intro-weigher"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('a yes stays with the person who gave it when the side changes (keyboard)', async ({
  page,
}) => {
  await seedMap(page);
  await page.goto('/en/introductions/');
  await waitForIslands(page);
  const weigher = page.getByTestId('intro-weigher');
  const second = weigher.getByLabel('Choose a person').nth(1);
  await pickByTyping(weigher.getByLabel('Choose a person').nth(0), 'Minh');
  await pickByTyping(second, 'Lan');
  await answer(page, 'Have you asked Lan about this introduction?', 'Said yes');
  await weigher.getByLabel('Why introduce these two?').focus();
  await page.keyboard.type('Both run design teams');

  await pickByTyping(second, 'Tu');
  await expect(second).toHaveValue('p4');
  const tuan = page.getByRole('group', { name: 'Have you asked Tuấn about this introduction?' });
  await expect(tuan.getByRole('radio', { name: 'Not yet', exact: true })).toBeChecked();
  await expect(weigher.getByLabel('Why introduce these two?')).toHaveValue('');
  await expect(page.getByTestId('verdict-reasons')).not.toContainText('said yes');

  await second.selectOption('p2');
  const lan = page.getByRole('group', { name: 'Have you asked Lan about this introduction?' });
  await expect(lan.getByRole('radio', { name: 'Said yes', exact: true })).toBeChecked();
  await expect(lan.getByText(/^Since /)).toBeVisible();
  // "Why does this matter?" reads as two sentences, without a stray colon.
  await expect(weigher.locator('summary', { hasText: 'Lan’s wishes' })).toHaveText(
    'Why does this matter? Lan’s wishes',
  );
  await expect(weigher.getByLabel('Why introduce these two?')).toHaveValue('Both run design teams');
});

test('Vietnamese, by mouse: ask Kim first and say why, the introduction waits for both yeses', async ({
  page,
}) => {
  await seedMap(page);
  await page.goto('/vi/introductions/');
  await waitForIslands(page);
  const weigher = page.getByTestId('intro-weigher');
  await weigher.getByLabel('Chọn người').nth(0).selectOption('p1');
  await weigher.getByLabel('Chọn người').nth(1).selectOption('p5');
  await expect(page.getByTestId('verdict-headline')).toHaveText('Hỏi Kim trước');
  await expect(page.getByTestId('verdict-card')).toContainText('Kim cần được hỏi trước.');

  const messages = page.getByTestId('draft-message');
  await expect(messages.nth(0).getByRole('heading')).toHaveText('Hỏi ý Kim');
  await expect(messages.nth(1).getByRole('heading')).toHaveText('Hỏi ý Minh');
  await expect(messages.nth(2).getByTestId('draft-locked')).toHaveText(
    'Chỉ gửi tin này khi cả hai đã đồng ý.',
  );
  await expect(messages.nth(2).getByRole('button', { name: /^Sao chép tin nhắn/ })).toBeDisabled();
  // The address is chosen next to each person, and no draft writes "anh/chị".
  await weigher.getByLabel('Xưng hô với Kim').selectOption('chị-em');
  await expect(messages.nth(0).getByTestId('draft-body')).toContainText('Em chào chị Kim ạ,');
  await expect(page.getByTestId('drafts')).not.toContainText('anh/chị');

  await page.getByText('Tin nhắn ngắn (Zalo, Messenger)').click();
  await expect(messages.nth(0)).not.toContainText('Tiêu đề');

  for (const name of ['Kim', 'Minh']) {
    await page
      .getByRole('group', { name: `Bạn đã hỏi ${name} về lời giới thiệu này chưa?` })
      .getByText('Đã đồng ý', { exact: true })
      .click();
  }
  await expect(page.getByTestId('draft-locked')).toHaveCount(0);
  await expect(messages.nth(2).getByRole('button', { name: /^Sao chép tin nhắn/ })).toBeEnabled();

  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('a no ends it with a kind closing word (keyboard)', async ({ page }) => {
  await seedMap(page);
  await page.goto('/en/introductions/');
  await waitForIslands(page);
  const weigher = page.getByTestId('intro-weigher');
  await pickByTyping(weigher.getByLabel('Choose a person').nth(0), 'Minh');
  await pickByTyping(weigher.getByLabel('Choose a person').nth(1), 'Kim');
  await answer(page, 'Have you asked Kim about this introduction?', 'Said no');
  const drafts = page.getByTestId('drafts');
  await expect(drafts.getByRole('heading', { name: 'Closing the introduction' })).toBeVisible();
  await expect(drafts.getByTestId('draft-body').first()).toContainText(
    'Thanks for letting me know',
  );
  await expect(drafts.getByRole('heading', { name: 'The introduction, to both' })).toHaveCount(0);
});

for (const how of ['keyboard', 'mouse'] as const) {
  test(`the log form warns before logging "do not introduce me" (${how})`, async ({ page }) => {
    await seedMap(page);
    await page.goto('/vi/introductions/');
    await waitForIslands(page);
    const log = page.getByTestId('intro-log');
    const add = log.getByRole('button', { name: 'Thêm một lời giới thiệu' });
    if (how === 'mouse') await add.click();
    else await press(add, 'Enter');
    const form = page.getByRole('form', { name: 'Lời giới thiệu mới' });
    if (how === 'mouse') {
      await form.getByLabel('Chọn người').nth(0).selectOption('p1');
      await form.getByLabel('Chọn người').nth(1).selectOption('p3');
      await form.getByRole('button', { name: 'Lưu' }).click();
    } else {
      await pickByTyping(form.getByLabel('Chọn người').nth(0), 'Minh');
      await pickByTyping(form.getByLabel('Chọn người').nth(1), 'Hoa');
      await press(form.getByRole('button', { name: 'Lưu' }), 'Enter');
    }
    const warning = page.getByTestId('log-refusal-warning');
    await expect(warning).toBeFocused();
    await expect(warning).toContainText('Hoa đã dặn “đừng giới thiệu tôi”.');
    const anyway = form.getByRole('button', { name: 'Vẫn ghi vào nhật ký' });
    if (how === 'mouse') await anyway.click();
    else await press(anyway, 'Enter');
    const outcome = log.getByLabel('Kết quả').first();
    await expect(outcome).toBeFocused();
    await expect(outcome).toBeInViewport();
  });
}

test('screenshots of the weigher waiting for both yeses', async ({ page }) => {
  for (const locale of ['vi', 'en'] as const) {
    for (const [device, width] of [
      ['phone', 390],
      ['desktop', 1280],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await seedMap(page);
        await page.goto(`/${locale}/introductions/`);
        await waitForIslands(page);
        const weigher = page.getByTestId('intro-weigher');
        const choose = weigher.getByLabel(locale === 'vi' ? 'Chọn người' : 'Choose a person');
        await choose.nth(0).selectOption('p1');
        await choose.nth(1).selectOption('p5');
        const legend = {
          vi: 'Bạn đã hỏi Kim về lời giới thiệu này chưa?',
          en: 'Have you asked Kim about this introduction?',
        }[locale];
        // Kim said yes, Minh not asked yet: the introduction stays locked.
        await page.getByRole('group', { name: legend }).getByRole('radio').nth(2).check();
        await page.getByTestId('drafts').screenshot({
          path: `test-results/shots/weigher-drafts-${locale}-${device}-${scheme}.png`,
        });
        await weigher.locator('.sides').screenshot({
          path: `test-results/shots/weigher-sides-${locale}-${device}-${scheme}.png`,
        });
      }
    }
  }
});
