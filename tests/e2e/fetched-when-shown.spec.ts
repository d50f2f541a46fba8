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

/** Holds back every script that `matches` until `release()`: a part on a very slow network. */
async function holdScripts(
  page: Page,
  matches: (script: string) => boolean,
): Promise<{ release: () => void; held: () => number }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route('**/_astro/*.js', async (route) => {
    const response = await route.fetch();
    let body: string;
    try {
      body = await response.text();
    } catch {
      // The page that asked for it has gone (the test navigated on): nobody waits for it.
      return;
    }
    if (matches(body)) {
      held += 1;
      await released;
    }
    await route.fulfill({ response, body });
  });
  return { release, held: () => held };
}

const MAP = {
  v: 1,
  data: {
    people: [
      { id: 'p1', name: 'Minh', preference: 'open', contexts: ['workplace'], trust: 4 },
      { id: 'p2', name: 'Lan', preference: 'open', contexts: ['association'], trust: 4 },
      { id: 'p3', name: 'Nguyễn Văn Anh', company: 'FPT', contexts: ['workplace'], trust: 3 },
      { id: 'p4', name: 'Nguyễn Văn Anh', company: 'Viettel', contexts: ['school'], trust: 2 },
    ],
    ties: [],
  },
};

test.describe('the weigher’s verdict', () => {
  test('is not fetched on a first visit, where there is no verdict to show', async ({ page }) => {
    const t = useTranslations('vi');
    const scripts = scriptsOf(page);
    await openIntroductions(page, 'vi', {});
    await expect(page.getByTestId('verdict-card')).toContainText(t('intro.verdict.incomplete'));
    expect(scripts.texts.length).toBeGreaterThan(0);
    expect(scripts.mention('intro.verdict.why')).toBe(false);
  });

  test('every answer given while its code is held back is kept, and the verdict is drawn from them', async ({
    page,
  }) => {
    const t = useTranslations('en');
    const hold = await holdScripts(page, (script) => names(script, 'intro.verdict.why'));
    await openIntroductions(page, 'en', { 'syn:network': JSON.stringify(MAP) });

    // Keyboard only, straight after the page wakes: the first focus asks for the verdict's code,
    // which does not come until every question is answered.
    await answerEverything(page);

    // Still held back: the card says it is on its way, and nothing typed or chosen is lost.
    expect(hold.held()).toBeGreaterThan(0);
    const card = page.getByTestId('verdict-card');
    await expect(card.getByRole('status')).toHaveText(t('storage.part.loading'));
    for (const [question, option] of ANSWERS)
      await expect(
        page
          .getByRole('group', { name: question })
          .getByRole('radio', { name: option, exact: true }),
      ).toBeChecked();
    await expect(page.getByLabel('Why introduce these two?')).toHaveValue(PURPOSE);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('syn:intro-weigher') ?? ''))
      .toContain(PURPOSE);

    hold.release();
    await expect(page.getByTestId('verdict-headline')).toHaveText('Go ahead, with a double opt-in');
    await expect(page.getByTestId('verdict-reasons')).toContainText(
      'On balance, the reasons for clearly outweigh the reasons against.',
    );
    await expect(card.getByRole('status')).toHaveCount(0);
  });

  test('a reader who comes back to a finished draft sees its verdict', async ({ page }) => {
    await openIntroductions(page, 'en', { 'syn:network': JSON.stringify(MAP) });
    await answerEverything(page);
    await expect(page.getByTestId('verdict-headline')).toHaveText('Go ahead, with a double opt-in');

    await page.reload();
    await waitForIslands(page);
    await expect(page.getByTestId('verdict-headline')).toHaveText('Go ahead, with a double opt-in');
    await expect(page.getByLabel('Why introduce these two?')).toHaveValue(PURPOSE);
  });
});

const PURPOSE = 'Lan needs UX research and Minh does it';
const ANSWERS: [string | RegExp, string][] = [
  ['What does Minh stand to gain?', 'Something'],
  ['What does Lan stand to gain?', 'A lot'],
  ['How sensitive is what you would share?', 'Not sensitive'],
  ['Could the two deal directly and leave you out?', 'Unlikely'],
  [/^And what do you gain/, 'Something'],
];

/** Minh and Lan from the map, and every question answered, by keyboard as fast as it goes. */
async function answerEverything(page: Page): Promise<void> {
  const pickers = page.getByTestId('intro-weigher').getByLabel('Choose a person');
  await pickers.nth(0).focus();
  await page.keyboard.type('Minh');
  await pickers.nth(1).focus();
  await page.keyboard.type('Lan');
  await expect(pickers.nth(0)).toHaveValue('p1');
  await expect(pickers.nth(1)).toHaveValue('p2');
  await page.getByLabel('Why introduce these two?').focus();
  await page.keyboard.type(PURPOSE);
  for (const [question, option] of ANSWERS) {
    const radio = page
      .getByRole('group', { name: question })
      .getByRole('radio', { name: option, exact: true });
    await radio.focus();
    await radio.press('Space');
  }
}

/** Whether a script defines the stored collection `name` (its store module). */
function definesCollection(script: string, name: string): boolean {
  return new RegExp(`name:\\s*(["'\`])${name}\\1`).test(script);
}

test.describe('the worksheet', () => {
  const SECTIONS = ['network', 'introductions', 'focus-plan', 'progress'];

  test('an empty workbook’s sheet fetches none of its sections’ stores', async ({ page }) => {
    const t = useTranslations('en');
    await page.goto('/en/');
    await page.evaluate(() => localStorage.clear());
    const scripts = scriptsOf(page);
    await page.goto('/en/worksheet/');
    await waitForIslands(page);
    await page.waitForLoadState('networkidle');
    await expect(page.getByText(t('sheet.empty'))).toBeVisible();
    expect(scripts.texts.some((text) => definesCollection(text, 'answers'))).toBe(true);
    for (const name of SECTIONS)
      expect(
        scripts.texts.some((text) => definesCollection(text, name)),
        name,
      ).toBe(false);
  });

  test('a reader’s map is on the sheet, and printing waits for it, however late its store comes', async ({
    page,
  }) => {
    const t = useTranslations('vi');
    const hold = await holdScripts(page, (script) => definesCollection(script, 'network'));
    await page.goto('/vi/');
    await page.evaluate((map) => {
      localStorage.clear();
      localStorage.setItem('syn:network', map);
    }, JSON.stringify(MAP));
    await page.goto('/vi/worksheet/');
    await waitForIslands(page);

    const print = page.getByRole('button', { name: t('sheet.print') });
    // The map's store is asked for once the sheet has woken (a task after it): wait until it is
    // held, then check the sheet while it is.
    await expect.poll(() => hold.held()).toBeGreaterThan(0);
    await expect(page.getByText(t('sheet.loading'))).toBeVisible();
    await expect(print).toBeDisabled();
    // Nothing says the workbook is empty while the map is on its way.
    await expect(page.getByText(t('sheet.empty'))).toHaveCount(0);

    hold.release();
    await expect(print).toBeEnabled();
    await expect(page.getByText(t('sheet.empty'))).toHaveCount(0);
    await expect(page.getByText('Nguyễn Văn Anh').first()).toBeVisible();
  });

  test('a map added in another tab comes onto an open sheet', async ({ page, context }) => {
    await page.goto('/en/');
    await page.evaluate(() => localStorage.clear());
    await page.goto('/en/worksheet/');
    await waitForIslands(page);
    await expect(page.getByText('Minh')).toHaveCount(0);

    const other = await context.newPage();
    await other.goto('/en/');
    await other.evaluate((map) => localStorage.setItem('syn:network', map), JSON.stringify(MAP));
    await expect(page.getByText('Minh').first()).toBeVisible();
    await other.close();
  });
});

test.describe('the focus plan', () => {
  // Keys that only the goals' part and only the check-ins' table name.
  const GOALS = 'answers.plan.purposeHint';
  const TABLE = 'answers.checkIn.colWeek';

  async function openPractice(page: Page, stored: Record<string, string>) {
    await page.goto('/en/');
    await page.evaluate((values) => {
      localStorage.clear();
      for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    }, stored);
    await page.goto('/en/lessons/practice/');
    await waitForIslands(page);
  }

  const storedPlan = (page: Page) =>
    page.evaluate(
      () =>
        (
          JSON.parse(localStorage.getItem('syn:focus-plan') ?? 'null') as {
            data: {
              goals: { purpose: string }[];
              checkIns: { minutes: number; connected: boolean }[];
            };
          } | null
        )?.data,
    );

  test('a first visit, with no goal and no check-in, fetches neither the goals nor the table', async ({
    page,
  }) => {
    const t = useTranslations('en');
    const scripts = scriptsOf(page);
    await openPractice(page, {});
    await page.waitForLoadState('networkidle');
    await expect(page.getByText(t('answers.plan.noGoals'))).toBeVisible();
    expect(scripts.texts.length).toBeGreaterThan(0);
    expect(scripts.mention(GOALS)).toBe(false);
    expect(scripts.mention(TABLE)).toBe(false);
  });

  test('a goal added and a week saved while their code is held back are kept, and shown when it comes', async ({
    page,
  }) => {
    const t = useTranslations('en');
    const hold = await holdScripts(page, (script) => names(script, GOALS) || names(script, TABLE));
    await openPractice(page, {});
    const plan = page.locator('section.focus-plan');

    // Straight after the island wakes: the click itself asks for the goals' code, held back.
    const add = plan.getByRole('button', { name: t('answers.plan.addGoal') });
    await add.click();
    // One line says so, where the goal will be: the review day below comes with the same code.
    await expect(
      plan.getByRole('status').filter({ hasText: t('storage.part.loading') }),
    ).toHaveCount(1);
    await expect.poll(() => hold.held()).toBeGreaterThan(0);
    await expect.poll(async () => (await storedPlan(page))?.goals.length).toBe(1);

    // A week's check-in, saved while the table's code is still on its way.
    await plan.getByLabel(t('answers.checkIn.minutes')).fill('45');
    await plan.getByLabel(t('answers.checkIn.connected')).check();
    await plan.getByRole('button', { name: t('answers.checkIn.save') }).click();
    await expect(plan.getByText(/^Check-in saved for week/)).toBeVisible();
    expect(await storedPlan(page)).toMatchObject({ checkIns: [{ minutes: 45, connected: true }] });

    // Focus went back to the button: the new goal's first field takes it once its code is in.
    await add.focus();
    hold.release();
    const purpose = plan
      .getByRole('group', { name: 'Goal 1' })
      .getByLabel(t('answers.plan.purpose'));
    await expect(purpose).toBeFocused();
    await expect(plan.getByLabel(t('answers.plan.reviewOn'))).toBeVisible();
    await page.keyboard.type('Gặp hai trường điều dưỡng ở Huế');
    await purpose.blur();
    await expect
      .poll(async () => (await storedPlan(page))?.goals[0]?.purpose)
      .toBe('Gặp hai trường điều dưỡng ở Huế');
    await expect(
      plan.getByRole('table', { name: t('answers.checkIn.tableCaption') }),
    ).toContainText('45');
    await expect(
      plan.getByRole('status').filter({ hasText: t('storage.part.loading') }),
    ).toHaveCount(0);
  });

  for (const width of [390, 1280])
    test(`a returning reader’s goals are drawn in the room kept for them, ${width} px wide`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const t = useTranslations('en');
      const hold = await holdScripts(page, (script) => names(script, GOALS));
      const goal = (id: string, purpose: string) => ({
        id,
        purpose,
        platform: 'LinkedIn',
        minutesPerWeek: 60,
        offer: 'Trả lời câu hỏi về kế toán hợp tác xã',
      });
      await openPractice(page, {
        'syn:focus-plan': JSON.stringify({
          v: 2,
          data: {
            goals: [goal('g1', 'Hiểu nghề giảng dạy điều dưỡng'), goal('g2', 'Gặp lại bạn cũ')],
            checkIns: [],
          },
        }),
      });
      const heading = page.getByRole('heading', { name: t('answers.checkIn.heading') });
      await expect(page.getByText(t('storage.part.loading')).first()).toBeVisible();
      const waiting = await heading.evaluate(
        (element) => element.getBoundingClientRect().top + scrollY,
      );
      hold.release();
      await expect(
        page.getByRole('group', { name: 'Goal 2' }).getByLabel(t('answers.plan.purpose')),
      ).toHaveValue('Gặp lại bạn cũ');
      const drawn = await heading.evaluate(
        (element) => element.getBoundingClientRect().top + scrollY,
      );
      expect(Math.abs(drawn - waiting)).toBeLessThan(8);
    });
});
