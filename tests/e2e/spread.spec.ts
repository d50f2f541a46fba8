import type { Locator } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForIslands } from './fixtures';
import { storedData } from './stored-data';

/*
 * The spread explorable on the first lesson, by keyboard only (controls are focused as Tab would
 * and operated with keys): load the sample, predict, run, compare, add a bridge, run again. The
 * reader's own stored data (localStorage and every IndexedDB database) must be byte-identical
 * before and after. With SPREAD_SHOTS=<folder> set, each step is also photographed.
 */

test.describe.configure({ timeout: 180_000 });

// The reader's own map: three people, two of them tied, so "My map" can be chosen.
const OWN_NETWORK = {
  v: 1,
  data: {
    people: [
      { id: 'p1', name: 'Minh', contexts: ['workplace'] },
      { id: 'p2', name: 'Lan', contexts: ['workplace'] },
      { id: 'p3', name: 'Hoa', contexts: ['family'] },
    ],
    ties: [{ a: 'p1', b: 'p2', strength: 'strong' }],
    customContexts: [],
    issues: [],
  },
};

const TEXT = {
  en: {
    sample: 'The sample network',
    showingSample: 'On screen: the sample network of Hannah',
    showingOwn: 'On screen: your map (3 people)',
    groupsQuestion: 'By step 3, which groups will have someone who has heard?',
    groups: ['Workplace', 'School'],
    count: 'In the end, how many of the 30 people will have heard?',
    lockIn: 'Lock in my prediction',
    next: 'Next step',
    play: 'Play',
    speed: 'Speed',
    step1: 'Step 1: 3 of 30 people have heard.',
    done13: 'It stopped after step 7: 13 of 30 people heard. Nobody else can hear it now.',
    done24: 'It stopped after step 7: 24 of 30 people heard. Nobody else can hear it now.',
    compare: 'Your prediction and the answer',
    from: 'Someone who heard',
    to: 'Someone in a group it did not reach',
    fromName: 'Priya Shah (Workplace)',
    toName: 'Colin Shaw (Community)',
    introduce: 'Introduce them and run again',
    rerun: 'Run it again with the new introduction',
    more: 'One introduction carried it to 11 more people: from 13 to 24 of 30.',
    brokerage: 'Your effective size falls from 27.2 to 27.13',
    around: 'The other side of a bridge',
  },
  vi: {
    sample: 'Mạng lưới mẫu',
    showingSample: 'Đang hiển thị: mạng lưới mẫu của Hà',
    showingOwn: 'Đang hiển thị: bản đồ của bạn (3 người)',
    groupsQuestion: 'Đến bước 3, những nhóm nào đã có người nghe tin?',
    groups: ['Nơi làm việc', 'Trường học'],
    count: 'Cuối cùng có bao nhiêu người trong số 30 người nghe được?',
    lockIn: 'Chốt dự đoán',
    next: 'Bước tiếp',
    play: 'Chạy',
    speed: 'Tốc độ',
    step1: 'Bước 1: 3 trong 30 người đã nghe tin.',
    done13: 'Dừng sau bước 7: 13 trong 30 người đã nghe tin. Không còn ai nghe thêm được.',
    done24: 'Dừng sau bước 7: 24 trong 30 người đã nghe tin. Không còn ai nghe thêm được.',
    compare: 'Dự đoán và kết quả',
    from: 'Người đã nghe tin',
    to: 'Người ở nhóm tin chưa đến',
    fromName: 'Nguyễn Thị Lan (Nơi làm việc)',
    toName: 'Tạ Quang Vinh (Cộng đồng)',
    introduce: 'Giới thiệu họ và chạy lại',
    rerun: 'Chạy lại với lời giới thiệu mới',
    more: 'Một lời giới thiệu đưa tin đến thêm 11 người: từ 13 lên 24 trong 30 người.',
    brokerage: 'Quy mô hiệu dụng của bạn giảm từ 27,2 xuống 27,13',
    around: 'Mặt kia của cây cầu',
  },
} as const;

async function press(control: Locator, key: string): Promise<void> {
  await control.focus();
  await control.press(key);
}

for (const locale of ['vi', 'en'] as const) {
  const text = TEXT[locale];

  test(`${locale}: predict, run, compare, add a bridge and run again, by keyboard, leaving the reader's data intact`, async ({
    page,
  }) => {
    const shotDir = process.env.SPREAD_SHOTS;
    // Phone screenshots: SPREAD_WIDTH=390 (the layout is also checked at 320 px below).
    const width = Number(process.env.SPREAD_WIDTH ?? 0);
    if (width > 0) await page.setViewportSize({ width, height: 900 });
    let shots = 0;
    const shot = async (name: string) => {
      if (!shotDir) return;
      shots += 1;
      const file = `${shotDir}/${locale}-${width || 'desktop'}-${String(shots).padStart(2, '0')}-${name}.png`;
      await page.locator('#spread-explorable').screenshot({ path: file });
    };

    await page.goto(`/${locale}/`);
    await page.evaluate((value) => {
      localStorage.clear();
      localStorage.setItem('syn:network', JSON.stringify(value));
    }, OWN_NETWORK);
    await page.goto(`/${locale}/lessons/network-as-resource/`);
    await waitForIslands(page);
    const before = await storedData(page);

    const explorable = page.locator('#spread-explorable');
    // The reader's map has a tie, so it is what the explorable shows first, and says so.
    await expect(explorable.getByTestId('spread-showing')).toContainText(text.showingOwn);
    await press(explorable.getByRole('radio', { name: text.sample }), 'Space');
    await expect(explorable.getByTestId('spread-showing')).toContainText(text.showingSample);
    await shot('sample');

    // Predict: two groups by step 3, 12 people in the end.
    const groups = explorable.getByRole('group', { name: text.groupsQuestion });
    for (const name of text.groups) await press(groups.getByRole('checkbox', { name }), 'Space');
    const count = explorable.getByLabel(text.count);
    await count.focus();
    await page.keyboard.type('12');
    await shot('predict');
    await press(explorable.getByRole('button', { name: text.lockIn }), 'Enter');

    // Run: one step by hand, then play to the end at the fast speed.
    const narration = explorable.getByTestId('spread-narration');
    await press(explorable.getByRole('button', { name: text.next }), 'Enter');
    await expect(narration).toHaveText(text.step1);
    await shot('step-1');
    // From "normal", one arrow down picks "fast".
    await press(explorable.getByLabel(text.speed), 'ArrowDown');
    await expect(explorable.getByLabel(text.speed)).toHaveValue('fast');
    await press(explorable.getByRole('button', { name: text.play }), 'Enter');
    await expect(narration).toHaveText(text.done13, { timeout: 20_000 });

    // Compare: the guess (12) beside the answer (13).
    await expect(explorable.getByRole('heading', { name: text.compare })).toBeVisible();
    const compare = explorable.locator('table.compare');
    await expect(compare.locator('tbody tr').first()).toContainText('12');
    await expect(compare.locator('tbody tr').first()).toContainText('13');
    await shot('compare');

    // The suggested bridge, then run again.
    await expect(explorable.getByLabel(text.from).locator('option:checked')).toHaveText(
      text.fromName,
    );
    await expect(explorable.getByLabel(text.to).locator('option:checked')).toHaveText(text.toName);
    await shot('bridge');
    await press(explorable.getByRole('button', { name: text.introduce }), 'Enter');
    await expect(explorable.getByRole('heading', { name: text.rerun })).toBeFocused();
    await press(explorable.getByRole('button', { name: text.play }), 'Enter');
    await expect(narration).toHaveText(text.done24, { timeout: 20_000 });
    await expect(explorable.getByTestId('spread-result-words')).toContainText(text.more);
    await expect(explorable.getByTestId('spread-result-words')).toContainText(text.brokerage);
    await expect(explorable.getByRole('heading', { name: text.around })).toBeVisible();
    await shot('after');

    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await shot('after-dark');

    expect(await storedData(page)).toBe(before);
    await page.reload();
    expect(await storedData(page)).toBe(before);
  });
}

test('the practice lesson links to the explorable where questions (a) and (d) come up', async ({
  page,
}) => {
  await page.goto('/en/lessons/practice/');
  // Relative links, so they hold under a sub-path too; each leads to the explorable.
  const links = page.locator('a[href="../network-as-resource/#spread-explorable"]');
  await expect(links).toHaveCount(2);
  await links.first().click();
  await expect(page).toHaveURL(/\/en\/lessons\/network-as-resource\/#spread-explorable$/);
  await expect(page.locator('#spread-explorable')).toBeVisible();
});

test('fits a 320 px screen without sideways scrolling, with the steps shown', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/en/lessons/network-as-resource/');
  await waitForIslands(page);
  const explorable = page.locator('#spread-explorable');
  await explorable.getByLabel('In the end, how many of the 30 people will have heard?').fill('20');
  await explorable.getByRole('button', { name: 'Lock in my prediction' }).press('Enter');
  await explorable.getByRole('button', { name: 'Next step' }).press('Enter');
  await expect(explorable.getByTestId('spread-narration')).toHaveText(
    'Step 1: 3 of 30 people have heard.',
  );
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test('with reduced motion, a step appears at once, without a transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/en/lessons/network-as-resource/');
  await waitForIslands(page);
  const explorable = page.locator('#spread-explorable');
  await explorable.getByLabel('In the end, how many of the 30 people will have heard?').fill('20');
  await explorable.getByRole('button', { name: 'Lock in my prediction' }).press('Enter');
  const circle = explorable.locator('.spread-picture circle').first();
  // The site's reduced-motion rule leaves a transition of 0.00001 s: nothing a reader can see.
  const reduced = await circle.evaluate((node) => getComputedStyle(node).transitionDuration);
  expect(Number.parseFloat(reduced)).toBeLessThan(0.001);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await circle.evaluate((node) => getComputedStyle(node).transitionDuration)).toBe(
    '0.4s, 0.4s',
  );
});
