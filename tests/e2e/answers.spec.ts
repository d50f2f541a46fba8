import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { expect, expectNoAxeViolations, test, waitForIslands } from './fixtures';
import { reflectionPrompt } from './worksheet-helpers';

test('a reflection typed at the end of a lesson is saved, survives a reload and shows in another tab', async ({
  page,
  context,
}) => {
  const prompt = reflectionPrompt('en', 'share-with-care');
  await page.goto('/en/lessons/share-with-care/');
  await waitForIslands(page);
  const other = await context.newPage();
  await other.goto('/en/lessons/share-with-care/');
  await waitForIslands(other);

  const box = page.getByLabel(prompt, { exact: true });
  await box.fill('I will ask Hạnh before passing on her number.');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved at /);
  await expect(other.getByLabel(prompt, { exact: true })).toHaveValue(
    'I will ask Hạnh before passing on her number.',
  );
  await expect(page.getByText('9 words')).toBeVisible();

  // Closing the page right after typing loses nothing (the write waits for a pause otherwise).
  await box.fill('Changed just before leaving.');
  await page.goto('/en/');
  await page.goto('/en/lessons/share-with-care/');
  await waitForIslands(page);
  await expect(page.getByLabel(prompt, { exact: true })).toHaveValue(
    'Changed just before leaving.',
  );
});

test('the self-check is asked at the start of the path and again at its end', async ({ page }) => {
  await page.goto('/vi/lessons/network-as-resource/');
  await waitForIslands(page);
  await expect(
    page.getByRole('heading', { name: vi['answers.selfCheck.beforeHeading'] }),
  ).toBeVisible();
  const first = page.getByLabel(vi['answers.selfCheck.q1'], { exact: true });
  await first.fill('Chừng mười người, chủ yếu ở chỗ làm.');
  await first.blur();

  await page.goto('/vi/lessons/practice/');
  await waitForIslands(page);
  await expect(
    page.getByRole('heading', { name: vi['answers.selfCheck.afterHeading'] }),
  ).toBeVisible();
  await page.getByText(vi['answers.selfCheck.earlier']).first().click();
  await expect(page.getByText('Chừng mười người, chủ yếu ở chỗ làm.')).toBeVisible();
  const after = page.getByLabel(vi['answers.selfCheck.q1'], { exact: true });
  await after.fill('Gần ba mươi người, ở nhiều nơi hơn.');
  await after.blur();

  await page.goto('/vi/worksheet/');
  const selfCheck = page.getByRole('region', { name: vi['sheet.selfCheck'] });
  await expect(selfCheck).toContainText('Chừng mười người, chủ yếu ở chỗ làm.');
  await expect(selfCheck).toContainText('Gần ba mươi người, ở nhiều nơi hơn.');
});

test('the focus plan holds three goals at most and keeps weekly check-ins', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/en/lessons/practice/');
  await waitForIslands(page);
  const add = page.getByRole('button', { name: en['answers.plan.addGoal'] });
  for (let goal = 1; goal <= 3; goal++) await add.click();
  await expect(add).toHaveCount(0);
  await expect(page.getByText(en['answers.plan.full'])).toBeVisible();

  const goal1 = page.getByRole('group', { name: 'Goal 1' });
  await goal1
    .getByLabel(en['answers.plan.purpose'])
    .fill('Understand nurse teaching, and become known to two schools');
  await goal1.getByLabel(en['answers.plan.platform']).fill('LinkedIn');
  await goal1.getByLabel(en['answers.plan.minutes']).fill('60');
  await goal1.getByLabel(en['answers.plan.offer']).fill('Answer questions about co-op accounting');
  await page.getByLabel(en['answers.plan.reviewOn']).fill('2027-01-30');
  await page.getByRole('button', { name: 'Remove goal 3' }).click();
  await page.getByRole('button', { name: en['answers.plan.undo'] }).click();
  await expect(page.getByRole('group', { name: 'Goal 3' })).toBeVisible();

  await page.getByLabel(en['answers.checkIn.minutes']).fill('45');
  await page.getByLabel(en['answers.checkIn.connected']).check();
  await page.getByRole('button', { name: en['answers.checkIn.save'] }).click();
  await expect(page.getByRole('table', { name: en['answers.checkIn.tableCaption'] })).toContainText(
    '45',
  );

  await page.reload();
  await waitForIslands(page);
  await expect(
    page.getByRole('group', { name: 'Goal 1' }).getByLabel(en['answers.plan.platform']),
  ).toHaveValue('LinkedIn');
  await expect(
    page.getByRole('group', { name: 'Goal 1' }).getByLabel(en['answers.plan.purpose']),
  ).toHaveValue('Understand nurse teaching, and become known to two schools');
  await expect(page.getByLabel(en['answers.plan.reviewOn'])).toHaveValue('2027-01-30');
  await expect(page.getByRole('table', { name: en['answers.checkIn.tableCaption'] })).toContainText(
    'Yes',
  );
  await expectNoAxeViolations(page);

  // The filled worksheet prints the whole plan, purpose and review day included.
  await page.goto('/en/worksheet/');
  const sheet = page.getByTestId('focus-plan-sheet');
  await expect(sheet).toContainText('Understand nurse teaching, and become known to two schools');
  await expect(sheet).toContainText('Answer questions about co-op accounting');
  await expect(page.getByTestId('focus-plan-review')).toContainText('January 30, 2027');
});
