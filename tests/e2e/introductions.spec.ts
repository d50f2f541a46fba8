import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Locale } from '../../src/lib/i18n/locale';
import { useTranslations } from '../../src/i18n/ui';
import { expect, expectNoAxeViolations, test, waitForIslands } from './fixtures';

/*
 * The introduction weigher and log, used by keyboard only: controls are reached with focus() (as
 * Tab would) and operated with keys; nothing is clicked.
 */

// These pages are long and axe runs twice (light and dark): on a busy two-core machine that takes
// more than the default 30 s.
test.describe.configure({ timeout: 240_000 });

const person = (id: string, name: string, preference: string, contexts: string[]) => ({
  id,
  name,
  preference,
  contexts,
  trust: 4,
});
const NETWORK = {
  v: 1,
  data: {
    people: [
      person('p1', 'Minh', 'open', ['workplace']),
      person('p2', 'Lan', 'open', ['association']),
      person('p3', 'Hoa', 'no', ['school']),
      person('p4', 'Tuấn', 'open', ['workplace']),
      person('p5', 'Kim', 'ask', ['association']),
    ],
    ties: [],
    customContexts: [],
    issues: [],
  },
};

async function seedMap(page: Page): Promise<void> {
  await page.goto('/en/');
  await page.evaluate((value) => {
    localStorage.clear();
    localStorage.setItem('syn:network', JSON.stringify(value));
  }, NETWORK);
}

/** Presses a key on a control, as a keyboard user who has tabbed to it would. */
async function press(control: Locator, key: string): Promise<void> {
  await control.focus();
  await control.press(key);
}

/** Chooses a person in a native select by typing the start of their name. */
async function pickByTyping(select: Locator, text: string): Promise<void> {
  await select.focus();
  await select.page().keyboard.type(text);
}

/** Checks one radio of a question with the space bar. */
async function answer(page: Page, question: string | RegExp, option: string): Promise<void> {
  const group = page.getByRole('group', { name: question });
  await press(group.getByRole('radio', { name: option, exact: true }), 'Space');
  await expect(group.getByRole('radio', { name: option, exact: true })).toBeChecked();
}

test('weigh, draft, log and follow up an introduction by keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedMap(page);
  await page.goto('/en/introductions/');
  await waitForIslands(page);

  const weigher = page.getByTestId('intro-weigher');
  const [first, second] = [
    weigher.getByLabel('Choose a person').nth(0),
    weigher.getByLabel('Choose a person').nth(1),
  ];
  await pickByTyping(first, 'Minh');
  await expect(first).toHaveValue('p1');
  await pickByTyping(second, 'Lan');
  await expect(second).toHaveValue('p2');
  await expect(weigher.getByText('On your map: Open to introductions.')).toHaveCount(2);

  const purpose = weigher.getByLabel('Why introduce these two?');
  await purpose.focus();
  await page.keyboard.type('Lan needs UX research and Minh does it');
  await answer(page, 'What does Minh stand to gain?', 'Something');
  await answer(page, 'What does Lan stand to gain?', 'A lot');
  await answer(page, 'How sensitive is what you would share?', 'Not sensitive');
  await answer(page, 'Could the two deal directly and leave you out?', 'Unlikely');
  await answer(page, /^And what do you gain/, 'Something');
  // Filled in from the map: a workplace and an association have nothing in common.
  await expect(
    page
      .getByRole('group', { name: 'Do they share a context?' })
      .getByRole('radio', { name: 'No', exact: true }),
  ).toBeChecked();

  const headline = page.getByTestId('verdict-headline');
  await expect(headline).toHaveText('Go ahead, with a double opt-in');
  await expect(page.getByTestId('verdict-reasons')).toContainText(
    'On balance, the reasons for clearly outweigh the reasons against.',
  );

  // Each factor's working is one key away.
  await press(page.getByText('Show the working'), 'Enter');
  await expect(page.getByRole('table', { name: 'What each factor contributed' })).toBeVisible();

  await press(page.getByRole('button', { name: 'Copy message: Asking Minh' }), 'Enter');
  await expect(page.getByText('Copied: Asking Minh.')).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Hi Minh,/);

  await press(page.getByRole('button', { name: 'Add to the introduction log' }), 'Enter');
  const form = page.getByRole('form', { name: 'Edit introduction' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('heading', { name: 'Edit introduction' })).toBeFocused();
  await pickByTyping(form.getByLabel('Outcome'), 'Good');
  await expect(form.getByLabel('Outcome')).toHaveValue('good');
  await form.getByLabel('Notes').focus();
  await page.keyboard.type('They met in March.');
  await press(form.getByRole('button', { name: 'Save' }), 'Enter');
  await expect(page.getByRole('button', { name: 'Edit: Minh and Lan' })).toBeFocused();

  await page.reload();
  await waitForIslands(page);
  const log = page.getByTestId('intro-log');
  await expect(log.getByRole('heading', { name: 'Minh and Lan' })).toBeVisible();
  await expect(log.getByText('They met in March.')).toBeVisible();
  await expect(page.getByTestId('successes')).toContainText('Minh and Lan');
  // The weigher kept its answers across the reload too.
  await expect(headline).toHaveText('Go ahead, with a double opt-in');

  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('someone who asked not to be introduced gets "do not", with the reason', async ({ page }) => {
  await seedMap(page);
  await page.goto('/en/introductions/');
  await waitForIslands(page);
  const weigher = page.getByTestId('intro-weigher');
  await pickByTyping(weigher.getByLabel('Choose a person').nth(0), 'Minh');
  await pickByTyping(weigher.getByLabel('Choose a person').nth(1), 'Hoa');
  await answer(page, 'Have you asked Hoa about this introduction?', 'Said yes');

  await expect(page.getByTestId('verdict-headline')).toHaveText('Do not introduce them');
  await expect(page.getByTestId('verdict-reasons').getByRole('listitem').first()).toHaveText(
    /^Hoa does not want to be introduced \(“do not introduce me”\)\. That always wins/,
  );
  await expect(page.getByTestId('drafts-hidden')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);

  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('the weigher in the practice lesson works in Vietnamese at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/vi/lessons/practice/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForIslands(page);
  const weigher = page.getByTestId('intro-weigher');
  // The map is empty: both people are typed.
  await weigher.getByLabel('Tên người ấy').nth(0).focus();
  await page.keyboard.type('Chị Mai');
  await weigher.getByLabel('Tên người ấy').nth(1).focus();
  await page.keyboard.type('Anh Quang');
  await answer(page, 'Anh Quang nghĩ sao về việc được giới thiệu?', 'Đừng giới thiệu tôi');
  await expect(page.getByTestId('verdict-headline')).toHaveText('Đừng giới thiệu');
  await expect(page.getByTestId('verdict-reasons')).toContainText(
    'Anh Quang không muốn được giới thiệu',
  );
  // Nothing in the weigher reaches past the 320 px screen (other exercises share this page).
  const widest = await weigher.evaluate((root) =>
    Math.max(...[root, ...root.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)),
  );
  expect(widest).toBeLessThanOrEqual(320);
  // Only the weigher: the page's other exercises have their own tests (and all-pages runs axe on it).
  const results = await new AxeBuilder({ page })
    .include('[data-testid="intro-weigher"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

// The consent scenarios of issue 11, each in both languages, by keyboard and by mouse.
const HOW = ['keyboard', 'mouse'] as const;
type How = (typeof HOW)[number];

/** The page's own strings, so each scenario reads the same in both languages. */
function words(locale: Locale) {
  const t = useTranslations(locale);
  return {
    t,
    choose: t('intro.pick.choose'),
    asked: (name: string) => t('intro.consent.legend', { name }),
    option: (key: 'not-asked' | 'yes' | 'no') => t(`intro.consent.${key}`),
    purpose: t('intro.purpose.label'),
  };
}

/** Picks a person for one side: by typing the start of the name, or with the mouse. */
async function choose(select: Locator, how: How, id: string, typed: string): Promise<void> {
  if (how === 'keyboard') {
    // A select's type-ahead joins keys typed within about a second: pause as a person would
    // between two choices, so that "Lan" after "Tu" is not read as "TuLan".
    await select.page().waitForTimeout(1_100);
    await pickByTyping(select, typed);
  } else await select.selectOption(id);
  await expect(select).toHaveValue(id);
}

/** Answers a consent question: space bar on the radio, or a click on its label. */
async function consent(page: Page, how: How, question: string, option: string): Promise<void> {
  const radio = page.getByRole('group', { name: question }).getByRole('radio', {
    name: option,
    exact: true,
  });
  if (how === 'keyboard') await press(radio, 'Space');
  else await radio.click();
  await expect(radio).toBeChecked();
}

/** Activates a button: Enter when focused, or a click. */
async function activate(button: Locator, how: How): Promise<void> {
  if (how === 'keyboard') await press(button, 'Enter');
  else await button.click();
}

for (const locale of ['en', 'vi'] as const) {
  for (const how of HOW) {
    test(`${locale}, ${how}: a yes stays with the person who gave it when the side changes`, async ({
      page,
    }) => {
      const w = words(locale);
      await seedMap(page);
      await page.goto(`/${locale}/introductions/`);
      await waitForIslands(page);
      const weigher = page.getByTestId('intro-weigher');
      const second = weigher.getByLabel(w.choose).nth(1);
      await choose(weigher.getByLabel(w.choose).nth(0), how, 'p1', 'Minh');
      await choose(second, how, 'p2', 'Lan');
      await consent(page, how, w.asked('Lan'), w.option('yes'));
      await weigher.getByLabel(w.purpose).fill('Both run design teams');

      await choose(second, how, 'p4', 'Tu');
      const tuan = page.getByRole('group', { name: w.asked('Tuấn') });
      await expect(
        tuan.getByRole('radio', { name: w.option('not-asked'), exact: true }),
      ).toBeChecked();
      await expect(
        tuan.getByRole('radio', { name: w.option('yes'), exact: true }),
      ).not.toBeChecked();
      await expect(weigher.getByLabel(w.purpose)).toHaveValue('');
      // Nothing on the page says Tuấn agreed: not the advice, not the reasons, not the drafts.
      await expect(weigher).not.toContainText(
        w.t('intro.why.preference.said-yes', { name: 'Tuấn' }),
      );
      await expect(weigher).not.toContainText(
        w.t('intro.askWhy.other-agreed', { other: 'Tuấn', name: 'Minh' }),
      );

      await choose(second, how, 'p2', 'Lan');
      const lan = page.getByRole('group', { name: w.asked('Lan') });
      await expect(lan.getByRole('radio', { name: w.option('yes'), exact: true })).toBeChecked();
      await expect(weigher.getByLabel(w.purpose)).toHaveValue('Both run design teams');
      // Lan's yes is back, and the page says so, as it would have wrongly said of Tuấn.
      await expect(weigher).toContainText(w.t('intro.why.preference.said-yes', { name: 'Lan' }));
      // "Why does this matter?" reads as two phrases, without stray punctuation.
      const wishes = w.t('intro.preference.legend', { name: 'Lan' });
      await expect(weigher.locator('summary', { hasText: wishes })).toHaveText(
        `${w.t('intro.explainSummary')} ${wishes}`,
      );
    });

    test(`${locale}, ${how}: ask Kim first and say why; the introduction waits for both yeses`, async ({
      page,
    }) => {
      const w = words(locale);
      await seedMap(page);
      await page.goto(`/${locale}/introductions/`);
      await waitForIslands(page);
      const weigher = page.getByTestId('intro-weigher');
      await choose(weigher.getByLabel(w.choose).nth(0), how, 'p1', 'Minh');
      await choose(weigher.getByLabel(w.choose).nth(1), how, 'p5', 'Kim');
      await expect(page.getByTestId('verdict-headline')).toHaveText(
        w.t('intro.verdict.ask-first', { name: 'Kim' }),
      );
      await expect(page.getByTestId('verdict-card')).toContainText(
        w.t('intro.askWhy.wants-asking-first', { name: 'Kim' }),
      );

      // The asks come in the order the advice gives; the joint message is shown but locked.
      const messages = page.getByTestId('draft-message');
      await expect(messages.nth(0).getByRole('heading')).toHaveText(
        w.t('intro.drafts.askTo', { name: 'Kim' }),
      );
      await expect(messages.nth(1).getByRole('heading')).toHaveText(
        w.t('intro.drafts.askTo', { name: 'Minh' }),
      );
      await expect(messages.nth(2).getByTestId('draft-locked')).toHaveText(
        w.t('intro.drafts.locked'),
      );
      const copyJoint = messages
        .nth(2)
        .getByRole('button', { name: new RegExp(`^${w.t('intro.drafts.copy')}`) });
      await expect(copyJoint).toBeDisabled();
      await expect(page.getByTestId('drafts')).not.toContainText('anh/chị');
      if (locale === 'vi') {
        // The address is chosen next to each person and pairs with the sender's pronoun.
        await weigher.getByLabel('Xưng hô với Kim').selectOption('chị-em');
        await expect(messages.nth(0).getByTestId('draft-body')).toContainText('Em chào chị Kim ạ,');
      }

      // Minh's yes alone does not unlock it; Kim's yes as well does.
      await consent(page, how, w.asked('Minh'), w.option('yes'));
      await expect(copyJoint).toBeDisabled();
      await consent(page, how, w.asked('Kim'), w.option('yes'));
      await expect(page.getByTestId('draft-locked')).toHaveCount(0);
      await expect(copyJoint).toBeEnabled();

      if (how === 'mouse') {
        await expectNoAxeViolations(page);
        await page.emulateMedia({ colorScheme: 'dark' });
        await expectNoAxeViolations(page);
      }
    });

    test(`${locale}, ${how}: a no ends it with a kind closing word`, async ({ page }) => {
      const w = words(locale);
      await seedMap(page);
      await page.goto(`/${locale}/introductions/`);
      await waitForIslands(page);
      const weigher = page.getByTestId('intro-weigher');
      await choose(weigher.getByLabel(w.choose).nth(0), how, 'p1', 'Minh');
      await choose(weigher.getByLabel(w.choose).nth(1), how, 'p5', 'Kim');
      await consent(page, how, w.asked('Kim'), w.option('no'));
      const drafts = page.getByTestId('drafts');
      await expect(
        drafts.getByRole('heading', { name: w.t('intro.drafts.declined.heading') }),
      ).toBeVisible();
      await expect(
        drafts.getByRole('heading', { name: w.t('intro.drafts.introduction') }),
      ).toHaveCount(0);
    });

    test(`${locale}, ${how}: the log form warns before logging "do not introduce me"`, async ({
      page,
    }) => {
      const w = words(locale);
      await seedMap(page);
      await page.goto(`/${locale}/introductions/`);
      await waitForIslands(page);
      const log = page.getByTestId('intro-log');
      await activate(log.getByRole('button', { name: w.t('introLog.add') }), how);
      const form = page.getByRole('form', { name: w.t('introLog.form.addHeading') });
      await choose(form.getByLabel(w.choose).nth(0), how, 'p1', 'Minh');
      await choose(form.getByLabel(w.choose).nth(1), how, 'p3', 'Hoa');
      await activate(form.getByRole('button', { name: w.t('introLog.save') }), how);
      const warning = page.getByTestId('log-refusal-warning');
      await expect(warning).toBeFocused();
      await expect(warning).toContainText(w.t('introLog.refusal.warning', { names: 'Hoa' }));
      await activate(form.getByRole('button', { name: w.t('introLog.refusal.saveAnyway') }), how);
      const outcome = log.getByLabel(w.t('introLog.outcome')).first();
      await expect(outcome).toBeFocused();
      await expect(outcome).toBeInViewport();
    });
  }
}

test('screenshots of the weigher waiting for both yeses', async ({ page }) => {
  for (const locale of ['vi', 'en'] as const) {
    for (const [device, width] of [
      ['phone', 390],
      ['desktop', 1280],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await seedMap(page);
        await page.goto(`/${locale}/introductions/`);
        await waitForIslands(page);
        const weigher = page.getByTestId('intro-weigher');
        const choose = weigher.getByLabel(locale === 'vi' ? 'Chọn người' : 'Choose a person');
        await choose.nth(0).selectOption('p1');
        await choose.nth(1).selectOption('p5');
        const legend = {
          vi: 'Bạn đã hỏi Kim về lời giới thiệu này chưa?',
          en: 'Have you asked Kim about this introduction?',
        }[locale];
        // Kim said yes, Minh not asked yet: the introduction stays locked.
        await page.getByRole('group', { name: legend }).getByRole('radio').nth(2).check();
        await page.getByTestId('drafts').screenshot({
          path: `test-results/shots/weigher-drafts-${locale}-${device}-${scheme}.png`,
        });
        await weigher.locator('.sides').screenshot({
          path: `test-results/shots/weigher-sides-${locale}-${device}-${scheme}.png`,
        });
      }
    }
  }
});
