import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForIslands } from './fixtures';

const MAP = '/en/map/';

/** Stores a map as the `network` collection keeps it, before the page that reads it opens. */
async function storeNetwork(page: Page, data: unknown): Promise<void> {
  await page.goto('/en/');
  await page.evaluate(
    (value) => localStorage.setItem('syn:network', value),
    JSON.stringify({ v: 1, data }),
  );
}

/** A small map with every kind of data the page shows: contexts, ties, topics, dates, issues. */
const SAMPLE = {
  people: [
    {
      id: 'p1',
      name: 'Chị Lan',
      contexts: ['workplace'],
      ring: 'inner',
      knowsAbout: ['kinh tế'],
      since: '2016-03',
      preference: 'open',
    },
    {
      id: 'p2',
      name: 'Anh Minh',
      contexts: ['workplace'],
      ring: 'close',
      needs: ['tuyển dụng'],
      since: '2018',
      preference: 'open',
    },
    { id: 'p3', name: 'Bác Tùng', contexts: ['family'], ring: 'inner', since: '2005' },
    {
      id: 'p4',
      name: 'Quân',
      contexts: ['school'],
      ring: 'wider',
      knowsAbout: ['tuyển dụng'],
      since: '2010',
      preference: 'open',
    },
    {
      id: 'p5',
      name: 'Ông Phúc',
      contexts: ['association'],
      ring: 'acquaintance',
      preference: 'no',
    },
    { id: 'p6', name: 'Vy', ring: 'acquaintance', learnFrom: ['giáo dục'] },
  ],
  ties: [
    { a: 'p1', b: 'p2', strength: 'strong' },
    { a: 'p4', b: 'p5' },
  ],
  issues: ['kinh tế', 'biến đổi khí hậu'],
};

function table(page: Page) {
  return page.getByRole('table', { name: /on the map$/ });
}

test('adds people by keyboard only, ties two, moves one to another ring, and keeps it all', async ({
  page,
}) => {
  await page.goto(MAP);
  await waitForIslands(page);
  const name = page.getByLabel('Name or nickname');
  await name.focus();
  for (const person of ['Lan', 'Minh', 'Hà']) {
    await page.keyboard.type(person);
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: `${person} was added` }),
    ).toBeAttached();
  }
  await expect(table(page).getByRole('row')).toHaveCount(4);

  // Tie Lan and Minh from the list: Space ticks a checkbox, Enter presses a button.
  await page.getByRole('checkbox', { name: 'Select Lan' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: 'Select Minh' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Tie: strong' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('They know each other: a strong tie.')).toBeVisible();

  // Move Hà one ring in (wider → close) with the arrow keys on the ring select.
  const ring = page.getByRole('combobox', { name: 'Ring for Hà' });
  await ring.focus();
  await page.keyboard.press('ArrowUp');
  await expect(ring).toHaveValue('close');
  const summary = page.getByTestId('map-summary');
  await expect(summary).toContainText(
    '3 people: 0 innermost, 1 close, 2 wider, 0 acquaintances; 1 tie between them.',
  );

  await page.reload();
  await waitForIslands(page);
  await expect(table(page).getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('combobox', { name: 'Ring for Hà' })).toHaveValue('close');
  await expect(summary).toContainText(
    '3 people: 0 innermost, 1 close, 2 wider, 0 acquaintances; 1 tie between them.',
  );
  await page.getByRole('checkbox', { name: 'Select Lan' }).check();
  await page.getByRole('checkbox', { name: 'Select Minh' }).check();
  await expect(page.getByText('They know each other: a strong tie.')).toBeVisible();
});

test('moves between people on the map with the arrow keys and selects with Enter', async ({
  page,
}) => {
  await storeNetwork(page, SAMPLE);
  await page.goto(MAP);
  await waitForIslands(page);
  const people = page.getByRole('listbox', { name: 'People on the map' });
  await people.getByRole('option').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(people.getByRole('option', { selected: true })).toHaveCount(1);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
});

test('drags a person to another ring on the map', async ({ page }) => {
  await storeNetwork(page, SAMPLE);
  await page.goto(MAP);
  await waitForIslands(page);
  const vy = page.getByRole('option', { name: /^Vy,/ });
  // The whole map in view, so that the drag starts and ends on screen.
  await page.locator('svg.map').evaluate((map) => map.scrollIntoView({ block: 'center' }));
  const box = await vy.boundingBox();
  const centre = await page.locator('svg.map g.me circle').boundingBox();
  if (!box || !centre) throw new Error('the map is not drawn');
  // From Vy (acquaintance, outermost) to halfway between Vy and the reader: the close ring.
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const to = {
    x: (from.x + centre.x + centre.width / 2) / 2,
    y: (from.y + centre.y + centre.height / 2) / 2,
  };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByRole('combobox', { name: 'Ring for Vy' })).not.toHaveValue('acquaintance');
});

test('deletes a person and brings them back with Undo', async ({ page }) => {
  await storeNetwork(page, SAMPLE);
  await page.goto(MAP);
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Delete Anh Minh' }).click();
  await expect(page.getByText('Anh Minh was deleted with 1 tie.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo: bring back Anh Minh' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Edit Anh Minh' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select Chị Lan' }).check();
  await page.getByRole('checkbox', { name: 'Select Anh Minh' }).check();
  await expect(page.getByText('They know each other: a strong tie.')).toBeVisible();
});

test('a change asked for before the code that makes it has arrived is made once it does', async ({
  page,
}) => {
  await storeNetwork(page, SAMPLE);
  // The code that changes people already on the map comes after the page: held back here, as on
  // a slow connection, so that the reader acts before it is in.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/network-edits\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(MAP);
  await waitForIslands(page);
  await page.getByRole('combobox', { name: 'Ring for Chị Lan' }).selectOption('wider');
  await page.getByRole('button', { name: 'Delete Anh Minh' }).click();
  await expect(page.getByRole('button', { name: 'Edit Anh Minh' })).toBeVisible();
  release();
  await expect(page.getByText('Anh Minh was deleted with 1 tie.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo: bring back Anh Minh' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Ring for Chị Lan' })).toHaveValue('wider');
});

test('when the editor cannot be fetched, the reader is told in Vietnamese and can try again', async ({
  page,
}) => {
  await storeNetwork(page, SAMPLE);
  // The editor's chunk is refused once, as it would be offline before the service worker had it.
  let refused = 0;
  await page.route(/\/PersonEditor\.[\w-]+\.js$/, (route) =>
    refused++ === 0 ? route.abort() : route.continue(),
  );
  await page.goto('/vi/map/');
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Sửa thông tin Quân' }).click();
  await expect(page.getByRole('alert')).toContainText('Không tải được phần này của trang');
  const retry = page.getByRole('button', { name: 'Thử tải lại' });
  await expect(retry).toBeFocused();
  await retry.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Thông tin của Quân' }).getByLabel('Tên', { exact: true }),
  ).toBeFocused();
});

test('another tab’s change shows up without a reload', async ({ page, context }) => {
  await storeNetwork(page, SAMPLE);
  await page.goto(MAP);
  await waitForIslands(page);
  const other = await context.newPage();
  await other.goto(MAP);
  await waitForIslands(other);
  await other.getByLabel('Name or nickname').fill('Người từ tab khác');
  await other.getByLabel('Name or nickname').press('Enter');
  await expect(page.getByRole('button', { name: 'Edit Người từ tab khác' })).toBeVisible();
  await expect(table(page).getByRole('row')).toHaveCount(8);
});

test('an edit made just before the page is reloaded or closed is still there after it', async ({
  page,
  context,
}) => {
  await storeNetwork(page, SAMPLE);
  await page.goto(MAP);
  await waitForIslands(page);
  // The map is written once the edit's frame is painted: a reload at once must not lose it.
  await table(page).getByLabel('Ring for Vy').selectOption('inner');
  // The dot on the map says so at once, and a dot the edit did not touch says what it did.
  await expect(page.getByRole('option', { name: /^Vy, Innermost/ })).toHaveCount(1);
  await expect(page.getByRole('option', { name: /^Quân, Wider/ })).toHaveCount(1);
  await page.reload();
  await waitForIslands(page);
  await expect(table(page).getByLabel('Ring for Vy')).toHaveValue('inner');

  // Closing the tab straight after an edit keeps it too (pagehide makes the waiting write).
  await table(page).getByLabel('Ring for Quân').selectOption('close');
  await page.close({ runBeforeUnload: true });
  const reopened = await context.newPage();
  await reopened.goto(MAP);
  await waitForIslands(reopened);
  await expect(table(reopened).getByLabel('Ring for Quân')).toHaveValue('close');
  await expect(table(reopened).getByLabel('Ring for Vy')).toHaveValue('inner');
  await expect(reopened.getByRole('option', { name: /^Quân, Close/ })).toHaveCount(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the map page with data passes axe (${colorScheme})`, async ({ page }) => {
    // Two axe runs over a page of about a thousand elements: slow on a busy machine.
    test.setTimeout(240_000);
    await storeNetwork(page, SAMPLE);
    await page.emulateMedia({ colorScheme });
    await page.goto(MAP);
    await waitForIslands(page);
    await expect(table(page).getByRole('row')).toHaveCount(7);
    await expectNoAxeViolations(page);
    // With two people selected, the editor open and the numbers under the chart shown.
    await page.getByRole('checkbox', { name: 'Select Chị Lan' }).check();
    await page.getByRole('checkbox', { name: 'Select Quân' }).check();
    await table(page).getByRole('button', { name: 'Edit Quân' }).click();
    await page.getByRole('button', { name: 'Show the numbers' }).click();
    await expectNoAxeViolations(page);
  });
}

test('the Vietnamese map page with data passes axe', async ({ page }) => {
  test.setTimeout(180_000);
  await storeNetwork(page, SAMPLE);
  await page.goto('/vi/map/');
  await waitForIslands(page);
  await expect(page.getByTestId('map-summary')).toContainText('6 người');
  await expectNoAxeViolations(page);
});

test('a stored tie to a missing person is left out, the reader is told, and the original is kept', async ({
  page,
}) => {
  await storeNetwork(page, {
    people: [
      { id: 'p1', name: 'Lan' },
      { id: 'p2', name: 'Minh' },
    ],
    ties: [
      { a: 'p1', b: 'p2' },
      { a: 'p1', b: 'p404' },
    ],
  });
  await page.goto(MAP);
  await waitForIslands(page);
  await expect(table(page).getByRole('row')).toHaveCount(3);
  await expect(page.getByTestId('map-summary')).toContainText('1 tie between them');
  await expect(page.getByText('Saved data was repaired to be read: Network map')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Keep a copy of the original and use the repaired data' }),
  ).toBeVisible();
  // Nothing is written over the stored map until the reader chooses.
  const stored = await page.evaluate(() => localStorage.getItem('syn:network'));
  expect(stored).toContain('p404');
});

test('names that look like HTML are shown as text and never run', async ({ page }) => {
  const names = [
    '<img src=x onerror="window.__xss=1">',
    '<b>bold</b>',
    '"><script>window.__xss=2</script>',
  ];
  await page.goto(MAP);
  await waitForIslands(page);
  for (const name of names) {
    await page.getByLabel('Name or nickname').fill(name);
    await page.getByLabel('Name or nickname').press('Enter');
  }
  for (const name of names) {
    await expect(page.getByRole('button', { name: `Edit ${name}` })).toBeVisible();
    await expect(page.locator('svg.map text').filter({ hasText: name })).toHaveCount(1);
  }
  await page.reload();
  await waitForIslands(page);
  await expect(table(page).getByRole('row')).toHaveCount(4);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('main img, main b')).toHaveCount(0);
  await expect(page.locator('script').filter({ hasText: '__xss' })).toHaveCount(0);
});

test('the practice lesson embeds the map and the diversity lens', async ({ page }) => {
  test.setTimeout(180_000);
  await storeNetwork(page, SAMPLE);
  await page.goto('/en/lessons/practice/');
  await waitForIslands(page);
  await expect(page.getByRole('listbox', { name: 'People on the map' })).toBeVisible();
  await expect(
    page.getByText('Everything you hear about “kinh tế” comes from one context: Workplace'),
  ).toHaveCount(2);
  await expectNoAxeViolations(page);
});
