import type { Page } from '@playwright/test';
import type { Locale } from '../../src/lib/i18n/locale';
import { useTranslations } from '../../src/i18n/ui';
import { expect, test, waitForIslands } from './fixtures';

/*
 * Parts of the introductions page that most visits never show (the storage notices, the weights'
 * sliders, the log's views of an empty log) are fetched only when shown. Scripts are recognised by
 * a UI key only that part names, not by file name, so that the test holds however the bundler
 * groups chunks.
 */

test.describe.configure({ timeout: 120_000 });

/** Whether a script names a UI key (as a string literal, in any of its quotes). */
function names(script: string, key: string): boolean {
  return ['"', "'", '`'].some((quote) => script.includes(`${quote}${key}${quote}`));
}

/** The text of every script the page has fetched so far, kept as they arrive. */
function scriptsOf(page: Page): { texts: string[]; mention: (key: string) => boolean } {
  const texts: string[] = [];
  page.on('response', (response) => {
    if (!response.url().endsWith('.js')) return;
    void response.text().then(
      (text) => texts.push(text),
      () => undefined,
    );
  });
  return { texts, mention: (key) => texts.some((text) => names(text, key)) };
}

/** Holds back, by `ms`, each script that names `key`: a slow network for one part only. */
async function delayScriptsNaming(page: Page, key: string, ms: number): Promise<void> {
  await page.route('**/_astro/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (names(body, key)) {
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    await route.fulfill({ response, body });
  });
}

async function openIntroductions(page: Page, locale: Locale, stored: Record<string, string>) {
  await page.goto(`/${locale}/`);
  await page.evaluate((values) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, stored);
  await page.goto(`/${locale}/introductions/`);
  await waitForIslands(page);
  await page.waitForLoadState('networkidle');
}

for (const locale of ['vi', 'en'] as const) {
  const t = useTranslations(locale);

  test(`${locale}: a damaged saved log still shows its notice, with the reader's choices`, async ({
    page,
  }) => {
    const raw = '{"v":1,"data":[{"id":"r1","personA":';
    const scripts = scriptsOf(page);
    await openIntroductions(page, locale, { 'syn:introductions': raw });

    const alert = page.getByRole('alert').filter({
      hasText: t('storage.damaged.title', { what: t('collection.introductions') }),
    });
    await expect(alert).toHaveCount(1);
    await expect(alert.getByRole('button', { name: t('storage.download') })).toBeVisible();
    await expect(alert.getByRole('button', { name: t('storage.startAfresh') })).toBeVisible();
    expect(scripts.mention('storage.startAfresh')).toBe(true);
    // Nothing is written over the damaged text until the reader chooses.
    expect(await page.evaluate(() => localStorage.getItem('syn:introductions'))).toBe(raw);

    await alert.getByRole('button', { name: t('storage.startAfresh') }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test(`${locale}: a visit with nothing wrong and an empty log fetches neither the notices nor the log's views`, async ({
    page,
  }) => {
    const scripts = scriptsOf(page);
    await openIntroductions(page, locale, {});

    const log = page.getByTestId('intro-log');
    await expect(log.getByTestId('follow-ups')).toContainText(t('introLog.followUps.empty'));
    await expect(log.getByTestId('successes')).toContainText(t('introLog.successes.empty'));
    await expect(log.getByTestId('reciprocity')).toContainText(t('introLog.tally.empty'));
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(scripts.texts.length).toBeGreaterThan(0);
    expect(scripts.mention('storage.startAfresh')).toBe(false);
    expect(scripts.mention('introLog.followUps.open')).toBe(false);
    expect(scripts.mention('introLog.tally.given')).toBe(false);
    expect(scripts.mention('intro.weights.lead')).toBe(false);
  });
}

test('a log with a record brings its views, which list it', async ({ page }) => {
  const record = {
    id: 'r-1',
    personA: { kind: 'typed', name: 'Nguyễn Văn Anh' },
    personB: { kind: 'typed', name: 'Trần Thị Bích' },
    direction: 'given',
    purpose: 'Both run small bakeries in Đà Nẵng.',
    date: '2026-10-02',
    consentA: 'yes',
    consentB: 'yes',
    outcome: 'good',
    acknowledged: 'unknown',
    notes: '',
  };
  await openIntroductions(page, 'en', {
    'syn:introductions': JSON.stringify({ v: 1, data: [record] }),
  });
  const log = page.getByTestId('intro-log');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(
    log.getByRole('heading', { name: 'Nguyễn Văn Anh and Trần Thị Bích' }),
  ).toBeVisible();
  await log.getByTestId('successes').scrollIntoViewIfNeeded();
  await expect(log.getByTestId('successes').getByRole('listitem')).toContainText(
    'Nguyễn Văn Anh and Trần Thị Bích',
  );
  await expect(
    log.getByTestId('reciprocity').getByRole('rowheader', { name: 'Nguyễn Văn Anh' }),
  ).toBeVisible();
});

test('the weights panel opens at once, and its sliders work when their code arrives late', async ({
  page,
}) => {
  const t = useTranslations('en');
  const scripts = scriptsOf(page);
  await delayScriptsNaming(page, 'intro.weights.lead', 1500);
  await openIntroductions(page, 'en', {});
  expect(scripts.mention('intro.weights.lead')).toBe(false);

  // Straight after hydration: the browser's own <details> opens without waiting for the part.
  const summary = page.getByText(t('intro.weights.summary'), { exact: true });
  await summary.click();
  await expect(page.locator('details.weights')).toHaveAttribute('open', '');
  await expect(page.locator('details.weights').getByRole('status')).toHaveText(
    t('storage.part.loading'),
  );

  const first = page.getByRole('slider').first();
  await expect(first).toBeVisible();
  const before = await first.inputValue();
  await first.focus();
  await first.press('ArrowRight');
  await expect(first).not.toHaveValue(before);
  // The change is saved, as every weight is.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('syn:intro-weights')))
    .not.toBeNull();
});
