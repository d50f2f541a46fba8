import type { Locator, Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n/ui';
import { sampleNetwork } from '../../src/lib/sample-network/sample-network';
import { sampleIntroductions } from '../../src/lib/sample-network/sample-log';
import { expect, expectNoAxeViolations, test, waitForIslands } from './fixtures';
import { storedData } from './stored-data';

/*
 * The sample network in every widget that can show it, with the reader's own data already stored:
 * switch to the sample on the map (by keyboard only), change things there, use the weigher and
 * the log on the sample, open the sample worksheet; the reader's stored data must be
 * byte-identical before and after, a reload must come back to their network, and "Back to my
 * network" must show their own people again. With SAMPLE_SHOTS=<folder>, the widgets are also
 * photographed with the sample on (SAMPLE_WIDTH=390 for a phone), light and dark.
 */

// Four pages, axe twice on each of three: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 300_000 });

// The reader's own data: two people called Nguyễn Văn Anh at one company (two people), a tie,
// a log entry, a weigher draft in progress and a weight of their own.
const READER: Record<string, unknown> = {
  'syn:network': {
    v: 1,
    data: {
      people: [
        { id: 'p1', name: 'Nguyễn Văn Anh', company: 'FPT', contexts: ['workplace'] },
        { id: 'p2', name: 'Nguyễn Văn Anh', company: 'FPT', contexts: ['workplace'] },
        { id: 'p3', name: 'Trần Thị Lan', contexts: ['family'], ring: 'inner' },
      ],
      ties: [{ a: 'p1', b: 'p3', strength: 'strong' }],
    },
  },
  'syn:introductions': {
    v: 2,
    data: [
      {
        id: 'i-own-1',
        personA: { kind: 'person', personId: 'p3' },
        personB: { kind: 'typed', name: 'Chị Mai' },
        date: '2026-11-20',
        purpose: 'Tìm việc ở Huế',
      },
    ],
  },
  'syn:intro-weigher': { v: 2, data: { purpose: 'Góp ý CV cho Lan' } },
};

async function seed(page: Page, locale: string): Promise<void> {
  await page.goto(`/${locale}/`);
  await page.evaluate((stored) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(stored)) {
      localStorage.setItem(key, JSON.stringify(value));
    }
  }, READER);
}

async function press(control: Locator, key: string): Promise<void> {
  await control.focus();
  await control.press(key);
}

async function axeLightAndDark(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Photographs a widget (whole, and its top at a readable size) light and dark, when SAMPLE_SHOTS is set. */
async function photographer(
  page: Page,
  locale: string,
): Promise<(name: string, widget: Locator) => Promise<void>> {
  const shotDir = process.env.SAMPLE_SHOTS;
  const width = Number(process.env.SAMPLE_WIDTH ?? 0);
  if (width > 0) await page.setViewportSize({ width, height: 900 });
  const shoot = async (name: string, widget: Locator) => {
    if (!shotDir) return;
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const file = `${shotDir}/${locale}-${width || 'desktop'}-${name}-${scheme}`;
      await widget.screenshot({ path: `${file}.png` });
      // The top of the widget, switch and banner, at a size that can be read.
      await widget.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      const box = await widget.boundingBox();
      if (box) {
        await page.screenshot({
          path: `${file}-top.png`,
          clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 640) },
        });
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  };

  return shoot;
}

for (const locale of ['vi', 'en'] as const) {
  const t = useTranslations(locale);
  const sample = sampleNetwork(locale);
  const nameOf = (id: string) => sample.people.find((person) => person.id === id)?.name ?? id;

  test(`${locale}: on the map, explore the sample by keyboard and change it; a reload and the reader's stored data are as before`, async ({
    page,
  }) => {
    const shoot = await photographer(page, locale);
    await seed(page, locale);
    const before = await storedData(page);

    // The map: one switch, by keyboard; focus stays on it as its words change.
    await page.goto(`/${locale}/map/`);
    await waitForIslands(page);
    const table = page.getByRole('table').first();
    await expect(table).toContainText('Trần Thị Lan');
    const explore = page.getByRole('button', { name: t('sample.explore') });
    await expect(explore).toHaveCount(1);
    await press(explore, 'Enter');
    const back = page.getByRole('button', { name: t('sample.back') });
    await expect(back).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: t('sample.announce.on') })).toHaveCount(
      1,
    );
    const banner = page.getByTestId('sample-switch');
    await expect(banner).toContainText(t('sample.title'));
    await expect(table).toContainText(nameOf('w1'));
    await expect(table).not.toContainText('Trần Thị Lan');

    // Change things on the sample: add a person, delete one, by keyboard.
    const name = page.getByLabel(t('map.quickAdd.name'));
    await name.focus();
    await page.keyboard.type('Khách Mời');
    await page.keyboard.press('Enter');
    await expect(table).toContainText('Khách Mời');
    await press(
      page.getByRole('button', { name: t('map.table.delete', { name: nameOf('o6') }) }),
      'Enter',
    );
    await expect(table).not.toContainText(nameOf('o6'));
    await shoot('map', page.locator('.network-map'));
    await axeLightAndDark(page);

    // A reload comes back to the reader's own network.
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByRole('table').first()).toContainText('Trần Thị Lan');
    await expect(page.getByRole('button', { name: t('sample.explore') })).toBeVisible();

    expect(await storedData(page)).toBe(before);
  });

  test(`${locale}: the weigher and the log switch together; weighing and deleting on the sample leave the reader's data as it was`, async ({
    page,
  }) => {
    const shoot = await photographer(page, locale);
    await seed(page, locale);
    const before = await storedData(page);

    // The weigher and the log: one switch moves both, each says which network is on screen.
    await page.goto(`/${locale}/introductions/`);
    await waitForIslands(page);
    const weigher = page.getByTestId('intro-weigher');
    const log = page.getByTestId('intro-log');
    await expect(log).toContainText('Chị Mai');
    await press(weigher.getByRole('button', { name: t('sample.explore') }), 'Enter');
    await expect(weigher.getByRole('button', { name: t('sample.back') })).toBeFocused();
    await expect(log.getByTestId('sample-switch')).toContainText(t('sample.title'));
    await expect(log).not.toContainText('Chị Mai');
    await expect(
      log.getByRole('heading', { name: t('introLog.records', { count: 3 }) }),
    ).toBeVisible();

    // Weigh an introduction between two sample people.
    const purpose = weigher.getByLabel(t('intro.purpose.label'));
    await expect(purpose).toHaveValue('');
    await weigher.getByLabel(t('intro.pick.choose')).nth(0).selectOption('w3');
    await weigher.getByLabel(t('intro.pick.choose')).nth(1).selectOption('s4');
    await purpose.fill('Góp ý cho trang đặt hàng');
    await expect(weigher.getByLabel(t('intro.pick.choose')).nth(0)).toHaveValue('w3');
    // Delete a sample log entry.
    const first = sampleIntroductions(locale)[0];
    if (!first) throw new Error('the sample log is empty');
    const title = t(`introLog.title.${first.direction}`, {
      a: nameOf('w3'),
      b: nameOf('s3'),
    });
    await press(log.getByRole('button', { name: t('introLog.deleteLabel', { title }) }), 'Enter');
    await expect(
      log.getByRole('heading', { name: t('introLog.records', { count: 2 }) }),
    ).toBeVisible();
    await shoot('weigher', weigher);
    await shoot('log', log);
    await axeLightAndDark(page);

    // Back to my network: the reader's draft and log are there as they left them.
    await press(log.getByRole('button', { name: t('sample.back') }), 'Enter');
    await expect(weigher.getByLabel(t('intro.purpose.label'))).toHaveValue('Góp ý CV cho Lan');
    await expect(log).toContainText('Chị Mai');

    expect(await storedData(page)).toBe(before);
  });

  test(`${locale}: the sample worksheet is labelled as the sample, on screen and in print, and never shows the reader's entries`, async ({
    page,
  }) => {
    const shoot = await photographer(page, locale);
    await seed(page, locale);
    const before = await storedData(page);

    // The worksheet shows the sample under a banner that prints, never as the reader's network.
    await page.goto(`/${locale}/worksheet/`);
    await waitForIslands(page);
    await expect(
      page.getByRole('heading', { name: t('sheet.network'), exact: true }),
    ).toBeVisible();
    await press(page.getByRole('button', { name: t('sample.explore') }), 'Enter');
    await expect(page.getByRole('button', { name: t('sample.back') })).toBeFocused();
    await expect(
      page.getByRole('heading', { name: t('sample.sheet.network'), exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: t('sheet.network'), exact: true })).toHaveCount(
      0,
    );
    await expect(page.locator('.worksheet')).not.toContainText('Chị Mai');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('sample-switch')).toContainText(t('sample.title'));
    await expect(page.getByTestId('sample-switch')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await shoot('worksheet', page.locator('.worksheet'));
    await axeLightAndDark(page);

    await press(page.getByRole('button', { name: t('sample.back') }), 'Enter');
    await expect(
      page.getByRole('heading', { name: t('sheet.network'), exact: true }),
    ).toBeVisible();
    await expect(page.locator('.worksheet')).toContainText('Chị Mai');

    expect(await storedData(page)).toBe(before);
  });
}
