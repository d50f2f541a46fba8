import { readFileSync } from 'node:fs';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { expect, expectNoAxeViolations, test, waitForIslands } from './fixtures';

test('a scenario answered wrongly shows why, and can be answered again', async ({ page }) => {
  await page.goto('/vi/lessons/share-with-care/');
  await waitForIslands(page);
  const scenario = page.locator('form.scenario').first();
  await scenario.scrollIntoViewIfNeeded();

  // Handing over the number at a Tết visit is not right: the person was never asked.
  await scenario.getByLabel(vi['practice.share-with-care.1.b']).check();
  await scenario.getByRole('button', { name: vi['practice.ui.check'] }).click();
  await expect(scenario.getByRole('status')).toHaveText(vi['practice.ui.wrong']);
  await expect(scenario.getByText(vi['practice.share-with-care.1.b.why'])).toBeVisible();
  await expect(scenario.getByText(vi['practice.share-with-care.1.a.why'])).toBeVisible();
  await expect(page.getByTestId('practice-score')).toHaveText('0/3 tình huống đã trả lời đúng');
  await expectNoAxeViolations(page);

  // Again, by keyboard: "Chọn lại", then the right option and "Kiểm tra".
  await scenario.getByRole('button', { name: vi['practice.ui.retry'] }).click();
  await expect(scenario.getByLabel(vi['practice.share-with-care.1.a'])).toBeFocused();
  await page.keyboard.press('Space');
  await scenario.getByRole('button', { name: vi['practice.ui.check'] }).press('Enter');
  await expect(scenario.getByRole('status')).toHaveText(vi['practice.ui.right']);
  await expect(page.getByTestId('practice-score')).toHaveText('1/3 tình huống đã trả lời đúng');

  // The choice is kept: after a reload the answer and its explanations are still there.
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator('form.scenario').first().getByRole('status')).toHaveText(
    vi['practice.ui.right'],
  );
});

test('a follow-up due today shows on the home page and downloads as an .ics file', async ({
  page,
}) => {
  await page.goto('/vi/');
  const today = await page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    const record = {
      id: 'r-tet',
      personA: { kind: 'typed', name: 'Chị Nguyễn Thị Lan' },
      personB: { kind: 'typed', name: 'Anh Trần Văn Đức' },
      direction: 'given',
      purpose: 'Anh Đức cần người hiểu nghề điều dưỡng; chị Lan đồng ý gặp, sau Tết.',
      date: '2026-11-20',
      consentA: 'yes',
      consentB: 'yes',
      followUp: day,
      outcome: 'pending',
      acknowledged: 'unknown',
      notes: '',
    };
    localStorage.setItem('syn:introductions', JSON.stringify({ v: 1, data: [record] }));
    return day;
  });
  await page.reload();
  await waitForIslands(page);

  const title = 'Hỏi thăm sau khi giới thiệu Chị Nguyễn Thị Lan với Anh Trần Văn Đức';
  const due = page.locator('section.due');
  await expect(due.getByRole('link', { name: title })).toBeVisible();
  await expect(due.getByText(vi['due.today'])).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    due.getByRole('button', { name: `Thêm vào lịch (tệp .ics): ${title}` }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^hoi-tham-sau-khi-gioi-thieu-.*\.ics$/);
  const text = readFileSync((await download.path()) ?? '', 'utf8');
  expect(text).toContain('BEGIN:VCALENDAR\r\n');
  const unfolded = text.replace(/\r\n /g, '');
  expect(unfolded).toContain(`DTSTART;VALUE=DATE:${today.replaceAll('-', '')}\r\n`);
  expect(unfolded).toContain(`SUMMARY:${title}\r\n`);
  expect(unfolded).toContain(
    'Anh Đức cần người hiểu nghề điều dưỡng\\; chị Lan đồng ý gặp\\, sau Tết.',
  );
});

test('a lesson shows the practice questions it prepares, and lists its exercises truthfully', async ({
  page,
}) => {
  await page.goto('/en/lessons/network-as-resource/');
  await expect(
    page.getByRole('heading', { name: /practice questions this lesson prepares/ }),
  ).toBeVisible();
  await expect(page.getByText(en['answers.question.c'])).toBeVisible();
});
