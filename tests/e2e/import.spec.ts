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
      text = await new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('share-your-network');
        open.onsuccess = () => {
          const get = open.result
            .transaction('collections')
            .objectStore('collections')
            .get('syn:network');
          get.onsuccess = () => resolve(String(get.result));
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
});
