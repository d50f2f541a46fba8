import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForIslands } from './fixtures';

const FIXTURES = fileURLToPath(new URL('../fixtures/contacts/', import.meta.url));
const LINKEDIN = `${FIXTURES}linkedin-small-lf.csv`;

/** The people of the stored map, read the way the page stored them (localStorage or IndexedDB). */
async function storedPeople(
  page: Page,
): Promise<{ name: string; contexts: string[]; since?: string }[]> {
  return page.evaluate(async () => {
    const raw = localStorage.getItem('syn:network');
    if (raw === null) return [];
    let text = raw;
    if (raw.includes('"spilled"')) {
      // A large map is kept in pieces: a list under the key, each piece under `key#name`.
      text = await new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('share-your-network');
        open.onsuccess = () => {
          const store = open.result.transaction('collections').objectStore('collections');
          const get = store.get('syn:network');
          get.onsuccess = () => {
            const head = get.result as string | { pieces: string[] };
            if (typeof head === 'string') return resolve(head);
            const pieces = head.pieces.map((name) => store.get(`syn:network#${name}`));
            const last = pieces.at(-1);
            if (!last) return resolve('');
            last.onsuccess = () => resolve(pieces.map((piece) => String(piece.result)).join(''));
          };
          get.onerror = () => reject(new Error('no spilled map'));
        };
      });
    }
    return (
      JSON.parse(text) as {
        data: { people: { name: string; contexts: string[]; since?: string }[] };
      }
    ).data.people;
  });
}

async function openImport(page: Page, locale = 'en') {
  // Nothing the reader imports may run: any dialog (alert) fails the test.
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.goto(`/${locale}/import/`);
  await waitForIslands(page);
}

test('imports the LinkedIn sample through the page, keeps it after a reload, and runs nothing', async ({
  page,
}) => {
  await openImport(page);
  await page.getByLabel('Choose a contact file').setInputFiles(LINKEDIN);

  await expect(page.getByRole('heading', { name: 'Preview: linkedin-small-lf.csv' })).toBeVisible();
  await expect(page.locator('[data-count="found"]')).toHaveText('25');
  await expect(page.locator('[data-count="new"]')).toHaveText('25');
  await expect(page.getByTestId('import-date-range')).toHaveText(
    'Connection dates: from June 1, 2009 to November 14, 2026.',
  );
  await expect(page.getByText('Format: LinkedIn Connections.csv.')).toBeVisible();
  // The HTML-looking name is shown as text, not turned into an image.
  await expect(
    page.getByRole('cell', { name: '<img src=x onerror=alert(1)> Tester', exact: true }),
  ).toBeVisible();
  await expect(page.locator('.import-widget img')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeVisible();
  await expect(page.getByTestId('map-size')).toHaveText('Your map now has 25 people.');
  await expect(page.getByTestId('growth-by-year').getByRole('row')).toHaveCount(14);
  await expectNoAxeViolations(page);

  await page.reload();
  await waitForIslands(page);
  const people = await storedPeople(page);
  expect(people).toHaveLength(25);
  expect(people.every((person) => person.contexts.includes('imported'))).toBe(true);
  expect(people.filter((person) => person.since?.startsWith('2026')).length).toBe(4);

  // The map reads what the import saved.
  await page.goto('/en/map/');
  await waitForIslands(page);
  await expect(page.getByTestId('map-summary')).toContainText('25 people');
});

test('malformed files give their message in the reader’s language and change nothing', async ({
  page,
}) => {
  await openImport(page);
  await page.getByLabel('Choose a contact file').setInputFiles(LINKEDIN);
  await page.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeVisible();
  const before = await page.evaluate(() => localStorage.getItem('syn:network'));

  await page.goto('/vi/import/');
  await waitForIslands(page);
  const cases = [
    ['malformed/empty.csv', 'Tệp trống'],
    ['malformed/wrong-headers.csv', 'các cột không giống danh bạ'],
  ] as const;
  for (const [file, message] of cases) {
    await page.getByLabel('Chọn tệp danh bạ').setInputFiles(`${FIXTURES}${file}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Không nhập được tệp này');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Không có gì trong dữ liệu đã lưu của bạn bị thay đổi.');
  }
  await page.getByLabel('Chọn tệp danh bạ').setInputFiles({
    name: 'photo.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  });
  await expect(page.getByRole('alert')).toContainText('không phải văn bản');
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => localStorage.getItem('syn:network'))).toBe(before);
});

test('a backup exported, everything cleared, then restored gives back the same data', async ({
  page,
}) => {
  await openImport(page);
  await page.getByLabel('Choose a contact file').setInputFiles(LINKEDIN);
  await page.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeVisible();

  await page.goto('/en/your-data/');
  await waitForIslands(page);
  await expect(page.getByTestId('backup-reminder')).toBeVisible();
  const before = await page.evaluate(() => localStorage.getItem('syn:network'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^share-your-network-backup-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const backupPath = await download.path();
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);

  await page.getByRole('button', { name: 'Clear all data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  expect(await page.evaluate(() => localStorage.getItem('syn:network'))).toBeNull();

  await page.getByLabel('Choose a backup file').setInputFiles(backupPath);
  const preview = page.getByTestId('restore-preview');
  await expect(preview.getByRole('row', { name: /Network map/ })).toContainText('25 people');
  await expectNoAxeViolations(page);
  await page.getByLabel(/Replace what is here/).check();
  await page.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('button', { name: 'Yes, replace' }).click();
  // The import history travels with the backup too.
  await expect(page.getByText(/^Restored: .*Network map/)).toBeVisible();

  await page.reload();
  await waitForIslands(page);
  expect(await page.evaluate(() => localStorage.getItem('syn:network'))).toBe(before);
  expect(await storedPeople(page)).toHaveLength(25);
});

for (const [locale, width] of [
  ['vi', 390],
  ['en', 320],
] as const) {
  test(`the drop zone holds its hint and file input on a ${String(width)} px phone (${locale})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(`/${locale}/import/`);
    const zone = page.locator('.drop-zone');
    const box = (await zone.boundingBox())!;
    // An implicit grid column took the file input's own width and everything ran out of the box.
    for (const part of await zone.locator(':scope > *').all()) {
      const inner = (await part.boundingBox())!;
      expect(inner.x).toBeGreaterThanOrEqual(box.x);
      expect(inner.x + inner.width).toBeLessThanOrEqual(box.x + box.width);
    }
  });
}

test('the lesson on where networks grow holds the import exercise', async ({ page }) => {
  await page.goto('/vi/lessons/where-networks-grow/');
  await waitForIslands(page);
  await expect(
    page.getByRole('heading', { name: 'Thử ngay: nhập danh sách kết nối của bạn' }),
  ).toBeVisible();
  await page.getByLabel('Chọn tệp danh bạ').setInputFiles(LINKEDIN);
  await expect(
    page.getByRole('heading', { name: 'Xem trước: linkedin-small-lf.csv' }),
  ).toBeVisible();
  await expect(page.getByTestId('import-date-range')).toContainText('2009');
  await expect(page.getByTestId('import-date-range')).toContainText('2026');
  await expectNoAxeViolations(page);
});

test('the import preview and the Your data previews pass axe in the dark theme', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openImport(page, 'vi');
  await page.getByLabel('Chọn tệp danh bạ').setInputFiles(LINKEDIN);
  await expect(page.getByRole('button', { name: 'Xác nhận và lưu' })).toBeEnabled();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Xác nhận và lưu' }).click();
  await expect(page.getByTestId('growth-by-year')).toBeVisible();

  await page.goto('/vi/your-data/');
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Chuẩn bị bản chia sẻ' }).click();
  await expect(page.getByTestId('share-table')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải bản sao lưu (JSON)' }).click(),
  ]);
  await page.getByLabel('Chọn tệp sao lưu').setInputFiles(await download.path());
  await expect(page.getByTestId('restore-preview')).toBeVisible();
  await expectNoAxeViolations(page);
});

/** A generated LinkedIn export with namesakes at one company (tests/bench/lib). */
async function namesakesFile(rows: number) {
  const { realisticLinkedInCsv } = (await import('../bench/lib/realistic-contacts.mjs')) as {
    realisticLinkedInCsv: (rows: number) => { text: string; distinctLinks: number; hidden: number };
  };
  const made = realisticLinkedInCsv(rows);
  return {
    ...made,
    file: { name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(made.text) },
  };
}

test('a file full of namesakes imports whole, a second time adds nobody, and can be undone later from Your data', async ({
  page,
}) => {
  test.slow();
  const { file, distinctLinks, hidden } = await namesakesFile(400);
  await openImport(page);
  await page.getByLabel('Choose a contact file').setInputFiles(file);
  await expect(page.locator('[data-count="new"]')).toHaveText(String(distinctLinks + hidden));
  await expect(page.locator('[data-count="duplicates"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeVisible();

  await page.getByRole('button', { name: 'Import another file' }).click();
  await page.getByLabel('Choose a contact file').setInputFiles(file);
  await expect(page.locator('[data-count="new"]')).toHaveText('0');
  await expect(page.locator('[data-count="unchanged"]')).toHaveText(String(distinctLinks + hidden));
  await page.getByRole('button', { name: 'Cancel, do not import' }).click();

  await page.reload();
  await waitForIslands(page);
  expect(await storedPeople(page)).toHaveLength(distinctLinks + hidden);

  // The map: hidden members are one line, not nameless dots or rows.
  await page.goto('/en/map/');
  await waitForIslands(page);
  await expect(page.getByTestId('hidden-members')).toContainText(
    `${String(hidden)} hidden members`,
  );
  await expect(page.getByTestId('map-summary')).toContainText(
    `${String(distinctLinks + hidden)} people`,
  );
  await expectNoAxeViolations(page);

  // Later, on Your data: the import is listed and can be undone, and stays undone after a reload.
  await page.goto('/en/your-data/');
  await waitForIslands(page);
  await expect(page.getByText('Imports you can undo').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Undo this import (Connections.csv)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undid the import' })).toContainText(
    `${String(distinctLinks + hidden)} people taken off your map`,
  );
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByTestId('no-imports')).toBeVisible();
  expect(await storedPeople(page)).toHaveLength(0);
});

test('name-only rows are offered as possibly the same on re-import, in Vietnamese too', async ({
  page,
}) => {
  test.slow();
  const google = {
    name: 'contacts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Name,Given Name,Family Name,Group Membership,E-mail 1 - Value,Organization 1 - Name\nNguyễn Văn Anh,,,,,FPT Software\nNguyễn Văn Anh,,,,,FPT Software\n,,,* other contacts,newsletter-reply@example.org,\n',
    ),
  };
  await openImport(page, 'vi');
  await page.getByLabel('Chọn tệp danh bạ').setInputFiles(google);
  await expect(page.locator('[data-count="new"]')).toHaveText('2');
  await expect(page.locator('[data-count="skippedNoName"]')).toHaveText('1');
  await page.getByRole('button', { name: 'Xác nhận và lưu' }).click();
  await page.getByRole('button', { name: 'Nhập một tệp khác' }).click();

  await page.getByLabel('Chọn tệp danh bạ').setInputFiles(google);
  const ask = page.getByTestId('possible-matches');
  await expect(ask).toContainText('2 liên hệ có thể là người đã có trên bản đồ của bạn');
  await expect(ask.getByRole('radio', { name: /Chính là Nguyễn Văn Anh/ })).toHaveCount(2);
  await expect(page.locator('[data-count="new"]')).toHaveText('0');
  await expectNoAxeViolations(page);
  await ask.getByRole('radio', { name: 'Một người khác: thêm người này' }).first().check();
  await expect(page.locator('[data-count="new"]')).toHaveText('1');
  await page.getByRole('button', { name: 'Xác nhận và lưu' }).click();
  await expect(page.getByTestId('map-size')).toContainText('3');
});

test('a header-only export previews as an empty network, not as an error', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('Choose a contact file').setInputFiles({
    name: 'Connections.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'),
  });
  await expect(page.getByTestId('import-empty')).toContainText(
    'There are no connections in this file yet',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('without Web Workers the import still previews and saves, fetching its parser only then', async ({
  page,
}) => {
  // A browser that cannot start a module worker: the page falls back to reading the file itself.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'Worker', {
      value: class {
        constructor() {
          throw new Error('no workers here');
        }
      },
    });
  });
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await openImport(page);
  const beforeImport = scripts.length;
  await page.getByLabel('Choose a contact file').setInputFiles(LINKEDIN);

  await expect(page.getByRole('heading', { name: 'Preview: linkedin-small-lf.csv' })).toBeVisible();
  await expect(page.locator('[data-count="new"]')).toHaveText('25');
  // The parser came with the file, not with the page.
  expect(scripts.slice(beforeImport).some((path) => /\/run-import\.[\w-]+\.js$/.test(path))).toBe(
    true,
  );
  expect(scripts.slice(0, beforeImport).some((path) => path.includes('run-import'))).toBe(false);

  await page.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByTestId('map-size')).toHaveText('Your map now has 25 people.');
  await page.reload();
  await waitForIslands(page);
  expect(await storedPeople(page)).toHaveLength(25);
});
