import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test, waitForIslands } from './fixtures';

const LINKEDIN = fileURLToPath(
  new URL('../fixtures/contacts/linkedin-small-lf.csv', import.meta.url),
);

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Quốc', 'Ngọc', 'Đức', 'Thanh'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Linh', 'Mai', 'Nam', 'Phúc'];
const COMPANIES = ['Sông Hồng Analytics', 'FPT Software', 'Vinamilk', 'Tiki', 'VNG', 'Grab'];

/**
 * A LinkedIn export of `rows` connections with Vietnamese names that repeat, as they do: two
 * "Nguyễn Văn An" at one company are two people.
 */
function linkedInExport(rows: number): string {
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < rows; i += 1) {
    const given = `${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 5) % GIVEN.length]}`;
    const family = FAMILY[(i * 3) % FAMILY.length];
    const company = COMPANIES[i % COMPANIES.length];
    const day = 1 + (i % 27);
    lines.push(`${given},${family},,,${company},Kỹ sư,${day} Mar ${2012 + (i % 14)}`);
  }
  return `Notes:\n"Exported from LinkedIn."\n\n${lines.join('\n')}\n`;
}

async function importFile(page: Page, file: string | { name: string; buffer: Buffer }) {
  await page.goto('/en/import/');
  await waitForIslands(page);
  await page
    .getByLabel('Choose a contact file')
    .setInputFiles(typeof file === 'string' ? file : { ...file, mimeType: 'text/csv' });
  await page.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeVisible();
}

/** Every piece of text drawn on the map, as screen rectangles, and the frame that clips them. */
async function drawnText(page: Page) {
  return page.locator('.map-view').evaluate((view) => {
    const frame = view.querySelector('.frame')!.getBoundingClientRect();
    const texts = [...view.querySelectorAll<SVGTextElement>('svg.map text, svg.under text')]
      .filter((text) => text.getComputedTextLength() > 0)
      .map((text) => {
        const r = text.getBoundingClientRect();
        return {
          person: text.closest('.names') !== null,
          text: text.textContent ?? '',
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
        };
      });
    return {
      frame: { left: frame.left, right: frame.right, top: frame.top, bottom: frame.bottom },
      texts,
    };
  });
}

async function expectLegible(page: Page, where: string, whole = false) {
  const { frame, texts } = await drawnText(page);
  const names = await page.locator('svg.map .names text').count();
  expect(names, `${where}: some names are written`).toBeGreaterThan(0);
  // Half a pixel of slack for anti-aliased edges.
  const slack = 0.5;
  for (const [i, a] of texts.entries()) {
    // Zoomed in, ring and context names may run past the edge as a street map's do; people's never.
    if (a.person || whole) {
      const inside =
        a.left >= frame.left - slack &&
        a.right <= frame.right + slack &&
        a.top >= frame.top - slack &&
        a.bottom <= frame.bottom + slack;
      expect(inside, `${where}: "${a.text}" runs off the map`).toBe(true);
    }
    for (const b of texts.slice(i + 1)) {
      const overlap =
        a.left < b.right - slack &&
        b.left < a.right - slack &&
        a.top < b.bottom - slack &&
        b.top < a.bottom - slack;
      expect(overlap, `${where}: "${a.text}" and "${b.text}" overlap`).toBe(false);
    }
  }
}

/** Walks the map's listbox with the arrow keys and returns how many people it reached. */
async function reachedByKeyboard(page: Page): Promise<number> {
  const options = page.getByRole('listbox', { name: 'People on the map' }).getByRole('option');
  const count = await options.count();
  await options.first().focus();
  const seen = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element?.getAttribute('role') === 'option' && element.getAttribute('aria-label')
        ? element.getAttribute('data-id')
        : null;
    });
    if (focused) seen.add(focused);
    await page.keyboard.press('ArrowRight');
  }
  return seen.size;
}

const SIZES = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

for (const size of SIZES) {
  test.describe(`on a ${size.name} (${size.width}×${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const sample of [
      {
        label: 'the 25-row LinkedIn sample',
        file: LINKEDIN as string | { name: string; buffer: Buffer },
        // One of the 25 hid their profile: counted, and shown as one line rather than a dot.
        people: 24,
        hidden: 1,
      },
      {
        label: 'a 150-row export',
        file: { name: 'Connections.csv', buffer: Buffer.from(linkedInExport(150)) },
        people: 150,
        hidden: 0,
      },
    ]) {
      test(`after importing ${sample.label}, no two names overlap or leave the map at any zoom, and everyone is reachable by keyboard`, async ({
        page,
      }) => {
        test.setTimeout(240_000);
        await importFile(page, sample.file);
        await page.goto('/en/map/');
        await waitForIslands(page);
        const options = page
          .getByRole('listbox', { name: 'People on the map' })
          .getByRole('option');
        await expect(options).toHaveCount(sample.people);
        if (sample.hidden > 0) {
          await expect(page.getByText(`${sample.hidden} hidden member`)).toBeVisible();
        }
        await page.locator('.map-view').scrollIntoViewIfNeeded();
        await expectLegible(page, 'whole map', true);

        // Zoom in on the first person with the wheel (Ctrl held), as a reader would.
        const dot = await options.first().locator('circle.dot').boundingBox();
        if (!dot) throw new Error('the map is not drawn');
        await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
        await page.keyboard.down('Control');
        for (let step = 0; step < 4; step += 1) await page.mouse.wheel(0, -120);
        await page.keyboard.up('Control');
        // The map is drawn afresh once the gesture has come to rest.
        await expect(page.locator('.stage')).not.toHaveAttribute('style', /transform/);
        expect(
          await page.locator('svg.map g[transform*="scale"]').first().getAttribute('transform'),
        ).not.toContain('scale(1)');
        await expectLegible(page, 'zoomed in');
        await page.getByRole('button', { name: 'Reset view' }).click();
        await expect(page.locator('.stage')).not.toHaveAttribute('style', /transform/);

        expect(await reachedByKeyboard(page)).toBe(sample.people);
        // Every person has a name a screen reader can read.
        for (const label of await options.evaluateAll((all) =>
          all.map((option) => option.getAttribute('aria-label') ?? ''),
        ))
          expect(label.length).toBeGreaterThan(3);
      });
    }
  });
}

test('the list twin is one key away from the map', async ({ page }) => {
  await importFile(page, LINKEDIN);
  await page.goto('/en/map/');
  await waitForIslands(page);
  await page
    .getByRole('listbox', { name: 'People on the map' })
    .getByRole('option')
    .first()
    .focus();
  await page.keyboard.press('l');
  await expect(page.getByRole('heading', { name: 'Everyone on the map' })).toBeFocused();
});
