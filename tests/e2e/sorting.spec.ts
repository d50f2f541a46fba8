import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForIslands } from './fixtures';

const MAP = '/en/map/';
const SHOTS = 'test-results/i12b-screens';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu'];
const GIVEN = ['Anh', 'Bình', 'Hà', 'Lan', 'Minh', 'Tùng', 'Vy'];

/**
 * People as an import leaves them: in "Imported", on the outer ring, names that repeat (two
 * "Nguyễn Văn Anh" at one company are two people, told apart by their links); every fifth one
 * with a context the import guessed from their job title.
 */
function importedPeople(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${String(i + 1)}`,
    name: `${FAMILY[i % FAMILY.length] ?? ''} ${MIDDLE[i % MIDDLE.length] ?? ''} ${GIVEN[i % GIVEN.length] ?? ''}`,
    contexts: i % 5 === 4 ? ['imported', 'workplace'] : ['imported'],
    ring: 'acquaintance',
    company: i % 2 === 0 ? 'Example Logistics' : 'Công ty Ví Dụ',
    url: `https://www.linkedin.com/in/member-${String(i + 1)}`,
    since: `20${String(10 + (i % 15))}-0${String((i % 9) + 1)}`,
    addedAt: '2026-11-20T09:00:00.000Z',
  }));
}

/** Stores a map as the `network` collection keeps it (version 1), before the page opens. */
async function storeNetwork(page: Page, data: unknown, locale = 'en'): Promise<void> {
  await page.goto(`/${locale}/`);
  await page.evaluate(
    (value) => localStorage.setItem('syn:network', value),
    JSON.stringify({ v: 1, data }),
  );
}

const summary = (page: Page) => page.getByTestId('map-summary');

test('sorts 100 imported people by keyboard alone, and the sorting survives a reload', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await storeNetwork(page, { people: importedPeople(100) });
  await page.goto(MAP);
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Sort imported people (100 waiting)' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('0 of 100 sorted', { exact: true })).toBeVisible();

  // A, B, C, E: Workplace, Association, School, Family; rings 1–4 in turn.
  const letters = ['a', 'b', 'c', 'e'];
  for (let i = 0; i < 100; i++) {
    if (i === 10) {
      // Leave one for later and take it back: the same person is on the card again.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Backspace');
    }
    await page.keyboard.press(letters[i % 4] ?? 'a');
    await page.keyboard.press(String((i % 4) + 1));
    if (i % 25 === 24)
      await expect(page.getByText(`${String(i + 1)} of 100 sorted`, { exact: true })).toBeVisible();
  }
  await expect(
    page.getByText('Done! All 100 people have a ring and a context.', { exact: true }),
  ).toBeVisible();
  const counts = '100 people: 25 innermost, 25 close, 25 wider, 25 acquaintances';
  await expect(summary(page)).toContainText(counts);

  await page.reload();
  await waitForIslands(page);
  await expect(summary(page)).toContainText(counts);
  await expect(page.getByRole('button', { name: /^Sort imported people/ })).toHaveCount(0);
  await expect(
    page.getByRole('combobox', { name: 'Main context for Nguyễn Văn Anh' }).first(),
  ).toHaveValue('workplace');
});

test('moves 50 people chosen with a shift-click in one step, undoes it, and keeps a redo after reload', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await storeNetwork(page, { people: importedPeople(100) });
  await page.goto(MAP);
  await waitForIslands(page);
  const rows = page.getByRole('table', { name: /on the map$/ }).getByRole('checkbox');
  // Row 0 is "select all"; people start at 1.
  await rows.nth(1).check();
  await rows.nth(50).click({ modifiers: ['Shift'] });
  const bar = page.getByRole('group', { name: 'Select and move many' });
  await expect(bar).toContainText('50 people selected.');
  await bar.getByLabel('Move to ring').selectOption('close');
  await bar.getByLabel('Move to context').selectOption('school');
  await bar.getByRole('button', { name: 'Move 50 people' }).click();
  await expect(summary(page)).toContainText(
    '100 people: 0 innermost, 50 close, 0 wider, 50 acquaintances',
  );
  await expect(
    page.getByRole('button', { name: 'Sort imported people (50 waiting)' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Undo: move 50 people back' }).click();
  await expect(summary(page)).toContainText(
    '100 people: 0 innermost, 0 close, 0 wider, 100 acquaintances',
  );
  await bar.getByRole('button', { name: 'Move 50 people' }).click();

  await page.reload();
  await waitForIslands(page);
  await expect(summary(page)).toContainText(
    '100 people: 0 innermost, 50 close, 0 wider, 50 acquaintances',
  );
  await expect(
    page.getByRole('button', { name: 'Sort imported people (50 waiting)' }),
  ).toBeVisible();
});

test('merges two records of one person, undoes it, merges again and keeps it after reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await storeNetwork(page, {
    people: [
      { id: 'p1', name: 'Chị Lan', contexts: ['workplace'], ring: 'close', notes: 'Mentor.' },
      {
        id: 'p2',
        name: 'Nguyễn Thị Lan',
        contexts: ['imported'],
        ring: 'acquaintance',
        url: 'https://www.linkedin.com/in/lan-nguyen',
        since: '2015-09',
      },
      { id: 'p3', name: 'Quân', contexts: ['school'] },
    ],
    ties: [{ a: 'p2', b: 'p3', strength: 'strong' }],
  });
  await page.goto(MAP);
  await waitForIslands(page);
  await expect(summary(page)).toContainText('3 people');
  await page.getByRole('button', { name: 'Edit Chị Lan' }).first().click();
  await page.getByRole('button', { name: 'Merge with someone else…' }).click();
  await page.getByLabel('Find the other record by name').fill('lan');
  await page.getByRole('radio', { name: /Nguyễn Thị Lan/ }).check();
  await expect(page.getByText('After the merge, Chị Lan will hold:')).toBeVisible();
  await page.getByRole('button', { name: 'Merge Nguyễn Thị Lan into Chị Lan' }).click();
  await expect(summary(page)).toContainText(
    '2 people: 0 innermost, 1 close, 1 wider, 0 acquaintances; 1 tie',
  );

  await page.getByRole('button', { name: 'Undo: separate Chị Lan and Nguyễn Thị Lan' }).click();
  await expect(summary(page)).toContainText('3 people');
  await expect(page.getByRole('button', { name: 'Edit Nguyễn Thị Lan' })).toBeVisible();

  await page.getByRole('button', { name: 'Edit Chị Lan' }).first().click();
  await page.getByRole('button', { name: 'Merge with someone else…' }).click();
  await page.getByLabel('Find the other record by name').fill('Nguyễn');
  await page.getByRole('radio', { name: /Nguyễn Thị Lan/ }).check();
  await page.getByRole('button', { name: 'Merge Nguyễn Thị Lan into Chị Lan' }).click();

  await page.reload();
  await waitForIslands(page);
  await expect(summary(page)).toContainText(
    '2 people: 0 innermost, 1 close, 1 wider, 0 acquaintances; 1 tie',
  );
  await page.getByRole('button', { name: 'Edit Chị Lan' }).first().click();
  await expect(page.getByLabel('Known since')).toHaveValue('2015-09');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the sorting mode and the bulk bar pass axe (${colorScheme})`, async ({ page }) => {
    test.setTimeout(240_000);
    await storeNetwork(page, { people: importedPeople(12) });
    await page.emulateMedia({ colorScheme });
    await page.goto(MAP);
    await waitForIslands(page);
    await page.getByRole('button', { name: 'Select all 12 shown' }).click();
    await page.getByRole('button', { name: 'Sort imported people (12 waiting)' }).click();
    await page.keyboard.press('c');
    await expectNoAxeViolations(page);
  });
}

for (const locale of ['vi', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [device, width] of [
      ['phone', 390],
      ['desktop', 1280],
    ] as const) {
      test(`screenshots of sorting and the bulk bar (${locale}, ${colorScheme}, ${device})`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await storeNetwork(page, { people: importedPeople(30) }, locale);
        await page.goto(`/${locale}/map/`);
        await waitForIslands(page);
        const name = `${SHOTS}/${locale}-${colorScheme}-${device}`;
        await page.locator('table input[type=checkbox]').nth(2).check();
        await page
          .getByRole('checkbox')
          .nth(6)
          .click({ modifiers: ['Shift'] });
        const bulk = page.locator('.bulk-bar');
        await bulk.scrollIntoViewIfNeeded();
        await bulk.screenshot({ path: `${name}-bulk.png` });
        await page.locator('.launcher button').click();
        await page.keyboard.press('a');
        await page.keyboard.press('2');
        await page.keyboard.press('c');
        const sorting = page.locator('.sorting');
        await sorting.screenshot({ path: `${name}-sorting.png` });
        // Nothing sticks out sideways, even on a phone.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }
}

test('the sorting mode works at 320 px by touch-sized buttons', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await storeNetwork(page, { people: importedPeople(3) });
  await page.goto(MAP);
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Sort imported people (3 waiting)' }).click();
  await page.getByRole('button', { name: /Family$/ }).click();
  await page.getByRole('button', { name: /Innermost$/ }).click();
  await expect(page.getByText('1 of 3 sorted', { exact: true })).toBeVisible();
  await page.locator('.sorting').screenshot({ path: `${SHOTS}/en-light-320-sorting.png` });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
