import type { Page } from '@playwright/test';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { expect, expectNoAxeViolations, test, waitForIslands } from './fixtures';
import {
  SAMPLE_INTRODUCTIONS,
  SAMPLE_NETWORK,
  answerEntry,
  keepPdf,
  normalize,
  pageOf,
  pdfPages,
  pdfText,
  printedPageNumber,
  reflectionPrompt,
  seedStorage,
} from './worksheet-helpers';

const LOCALES = { vi, en } as const;
type LocaleCode = keyof typeof LOCALES;
const QUESTIONS = ['a', 'b', 'c', 'd'] as const;
const FORMATS = ['A4', 'Letter'] as const;

function question(locale: LocaleCode, letter: (typeof QUESTIONS)[number]): string {
  return LOCALES[locale][`answers.question.${letter}`];
}

/** Short answers in each language, each opening with words that appear nowhere else. */
const SHORT_ANSWERS: Record<LocaleCode, Record<(typeof QUESTIONS)[number], string>> = {
  vi: {
    a: 'Khoảng một trăm năm mươi người, phần lớn quen qua công việc ở Cần Thơ.\nNăm nay thêm mười người từ hội kỹ sư môi trường.',
    b: 'Tôi hỏi chị Hạnh về chuyện học của con và nghe anh Tuấn kể về nước biển dâng.',
    c: 'Đồng nghiệp có thể dùng quan hệ của tôi rồi quên tôi, nhưng hợp tác xã sẽ có thêm người giúp.',
    d: 'Có, nếu mỗi tuần tôi chỉ dành một giờ cho một nhóm nghề nghiệp và trả lời câu hỏi của người khác.',
  },
  en: {
    a: 'About one hundred and fifty people, most of them from work in Can Tho.\nTen more joined this year through the engineers’ association.',
    b: 'I ask Hanh about schooling and listen to Tuan on rising sea levels in the delta.',
    c: 'A colleague might use my contacts and forget me, but the cooperative would gain helpers.',
    d: 'Yes, if I give one hour a week to one professional group and answer other people’s questions.',
  },
};

const REFLECTION: Record<LocaleCode, string> = {
  vi: 'Tháng tới tôi sẽ hỏi ý cả hai phía trước mỗi lời giới thiệu.',
  en: 'Next month I will ask both sides before every introduction.',
};

/** A long answer: a unique opening, then several thousand words in paragraphs. */
function longAnswer(locale: LocaleCode, letter: string, words: number): string {
  const opening =
    locale === 'vi'
      ? `Mở đầu câu trả lời dài cho câu ${letter}: mạng lưới của tôi đổi khác nhiều.`
      : `Opening of the long answer to ${letter}: my network has changed a great deal.`;
  const sentence =
    locale === 'vi'
      ? 'Mỗi người tôi quen đều mang theo một câu chuyện và một cánh cửa mới.'
      : 'Every person I know brings along a story and a door to somewhere new.';
  const perSentence = sentence.split(' ').length;
  const paragraphs: string[] = [opening];
  for (let count = 0; count < words; count += perSentence * 8) {
    paragraphs.push(Array.from({ length: 8 }, () => sentence).join(' '));
  }
  return paragraphs.join('\n\n');
}

/** Opens the worksheet and waits until it has read this browser's storage. */
async function openWorksheet(page: Page, locale: LocaleCode): Promise<void> {
  await page.goto(`/${locale}/worksheet/`);
  await waitForIslands(page);
  await expect(page.getByText(LOCALES[locale]['sheet.loading'])).toHaveCount(0, {
    timeout: 20_000,
  });
}

async function pdfs(page: Page, name: string) {
  const result: { format: (typeof FORMATS)[number]; pages: string[]; layout: string[] }[] = [];
  for (const format of FORMATS) {
    const pdf = await page.pdf({ format });
    keepPdf(`${name}-${format}.pdf`, pdf);
    result.push({ format, pages: pdfPages(pdf), layout: pdfPages(pdf, true) });
  }
  return result;
}

/** Every question is on the same page as the first words of its answer, in every format. */
function expectQuestionsWithAnswers(
  printed: Awaited<ReturnType<typeof pdfs>>,
  pairs: readonly { question: string; answer: string }[],
) {
  for (const { format, pages, layout } of printed) {
    const whole = pdfText(pages);
    for (const { question, answer } of pairs) {
      expect(whole, `${format}: the question “${question}”`).toContain(normalize(question));
      expect(whole, `${format}: the whole answer to “${question}”`).toContain(normalize(answer));
      const start = answer.split(/\s+/).slice(0, 9).join(' ');
      const questionPage = pageOf(layout, question);
      expect(questionPage, `${format}: “${question}” is printed`).toBeGreaterThan(0);
      expect(
        pageOf(layout, start),
        `${format}: the answer to “${question}” starts on its page`,
      ).toBe(questionPage);
    }
  }
}

for (const locale of ['vi', 'en'] as const) {
  const strings = LOCALES[locale];

  test(`${locale}: answers typed in the practice lesson print with their questions on A4 and Letter`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto(`/${locale}/lessons/practice/`);
    await waitForIslands(page);
    for (const letter of QUESTIONS) {
      const box = page.getByLabel(question(locale, letter), { exact: true });
      await box.fill(SHORT_ANSWERS[locale][letter]);
      await box.blur();
    }
    const prompt = reflectionPrompt(locale, 'practice');
    await page.getByLabel(prompt, { exact: true }).fill(REFLECTION[locale]);
    await expect(
      page.getByText(strings['storage.saved'].split('{')[0] ?? '').first(),
    ).toBeVisible();

    // The answers survive a reload.
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByLabel(question(locale, 'a'), { exact: true })).toHaveValue(
      SHORT_ANSWERS[locale].a,
    );

    await openWorksheet(page, locale);
    await expect(page.getByText(SHORT_ANSWERS[locale].c)).toBeVisible();
    await expect(page.getByRole('heading', { name: prompt })).toBeVisible();

    const printed = await pdfs(page, `worksheet-${locale}`);
    expectQuestionsWithAnswers(printed, [
      ...QUESTIONS.map((letter) => ({
        question: question(locale, letter),
        answer: SHORT_ANSWERS[locale][letter],
      })),
      { question: prompt, answer: REFLECTION[locale] },
    ]);
    for (const { format, pages, layout } of printed) {
      // No site chrome on paper, and a page number at the foot of each page.
      const text = pdfText(pages);
      expect(text, format).not.toContain(normalize(strings['site.footer.private']));
      expect(text, format).not.toContain(normalize(strings['sheet.print']));
      expect(layout.map(printedPageNumber), format).toEqual(
        layout.map((_, index) => ({ page: index + 1, of: layout.length })),
      );
    }
  });

  test(`${locale}: long answers run over pages but never leave their question behind`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const answers: Record<string, string> = {
      a: longAnswer(locale, 'a', 3000),
      b: SHORT_ANSWERS[locale].b,
      c: longAnswer(locale, 'c', 2500),
      d: SHORT_ANSWERS[locale].d,
    };
    await seedStorage(page, {
      answers: {
        answers: Object.fromEntries(
          QUESTIONS.map((letter) => [`q-${letter}`, answerEntry(answers[letter] ?? '')]),
        ),
        unreadable: {},
      },
    });
    await openWorksheet(page, locale);
    await expect(page.getByTestId('answer-block').first()).toContainText(
      answers['a']?.slice(0, 40) ?? '',
    );

    const printed = await pdfs(page, `worksheet-long-${locale}`);
    expectQuestionsWithAnswers(
      printed,
      QUESTIONS.map((letter) => ({
        question: question(locale, letter),
        answer: answers[letter] ?? '',
      })),
    );
    for (const { format, pages } of printed) {
      expect(pages.length, `${format}: several thousand words take several pages`).toBeGreaterThan(
        6,
      );
    }
  });

  test(`${locale}: the blank worksheet prints the questions and none of the reader’s answers`, async ({
    page,
  }) => {
    await seedStorage(page, {
      answers: { answers: { 'q-a': answerEntry(SHORT_ANSWERS[locale].a) }, unreadable: {} },
    });
    await page.goto(`/${locale}/worksheet/blank/`);
    await expect(page.getByRole('button', { name: strings['sheet.print'] })).toBeVisible();
    for (const { format, pages } of await pdfs(page, `blank-${locale}`)) {
      const whole = pdfText(pages);
      for (const letter of QUESTIONS) {
        expect(whole, format).toContain(normalize(question(locale, letter)));
      }
      expect(whole, format).toContain(normalize(strings['sheet.blank.mapTitle']));
      expect(whole, format).not.toContain(normalize(SHORT_ANSWERS[locale].a.split('\n')[0] ?? ''));
    }
  });

  test(`${locale}: the worksheet sums up the map and the introduction log, with initials on request`, async ({
    page,
  }) => {
    await seedStorage(page, {
      network: SAMPLE_NETWORK,
      introductions: SAMPLE_INTRODUCTIONS,
      'focus-plan': {
        goals: [{ id: 'g1', platform: 'LinkedIn', minutesPerWeek: 60, offer: 'Trả lời câu hỏi' }],
        checkIns: [{ week: '2026-W10', minutes: 45, connected: true, note: 'Nối Lan với Minh' }],
        unreadable: [],
      },
    });
    await openWorksheet(page, locale);
    const map = page.getByRole('img', { name: strings['sheet.network.map'] });
    await expect(map).toContainText('Nguyễn Thị Thu');
    await expect(page.getByRole('table', { name: strings['sheet.network.byRing'] })).toBeVisible();
    await expect(page.getByText('Câu lạc bộ chạy bộ').first()).toBeVisible();
    await expect(page.getByText('Phần mềm ghi sản lượng cà phê')).toBeVisible();
    await expect(page.getByTestId('focus-plan-sheet')).toContainText('Nối Lan với Minh');

    await page.getByLabel(strings['sheet.initialsOnly']).check();
    await expect(map).not.toContainText('Nguyễn Thị Thu');
    await expect(map).toContainText('NTT');
    await expect(page.getByRole('table').filter({ hasText: 'Phần mềm' })).not.toContainText(
      'Nguyễn Thị Thu',
    );

    const text = normalize(
      (await pdfs(page, `worksheet-network-${locale}`))[0]?.pages.join(' ') ?? '',
    );
    expect(text).toContain('NTT');
    expect(text).toContain(normalize(strings['sheet.intros']));
  });

  test(`${locale}: the empty worksheet pages pass axe, light and dark`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/${locale}/worksheet/blank/`);
      await expectNoAxeViolations(page);
      await openWorksheet(page, locale);
      await expectNoAxeViolations(page);
    }
  });

  test(`${locale}: the filled worksheet passes axe, light and dark`, async ({ page }) => {
    test.setTimeout(120_000);
    await seedStorage(page, {
      network: SAMPLE_NETWORK,
      introductions: SAMPLE_INTRODUCTIONS,
      answers: {
        answers: { 'q-b': answerEntry('x'), 'after-2': answerEntry('y') },
        unreadable: {},
      },
    });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openWorksheet(page, locale);
      await expect(page.getByRole('img', { name: strings['sheet.network.map'] })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the blank worksheet still shows and prints, with no print button that cannot work', async ({
    page,
  }) => {
    await page.goto('/en/worksheet/blank/');
    await expect(page.getByRole('heading', { name: en['answers.question.b'] })).toBeVisible();
    await expect(page.getByRole('button', { name: en['sheet.print'] })).toBeHidden();
    const pages = pdfPages(await page.pdf({ format: 'A4' }));
    expect(pdfText(pages)).toContain(normalize(en['answers.question.d']));
  });
});
