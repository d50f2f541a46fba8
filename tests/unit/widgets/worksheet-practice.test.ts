// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { islandStrings } from '../../../src/i18n/island-strings';
import { lessonProgress } from '../../../src/stores/progress';
import Worksheet from '../../../src/widgets/Worksheet.svelte';

const LESSONS = [
  { id: 'share-with-care', order: 5, title: 'Share with care', reflection: 'What will you share?' },
];

function renderSheet() {
  return render(Worksheet, {
    props: {
      locale: 'en',
      strings: islandStrings('en', 'widgets/Worksheet.svelte'),
      lessons: LESSONS,
    },
  });
}

afterEach(() => {
  lessonProgress.set({ visited: {}, done: {} });
  localStorage.clear();
});

describe('the worksheet’s practice section', () => {
  it('shows the scenarios the reader tried, with their choice and score, once its part is in', async () => {
    const at = '2026-11-20T09:00:00.000Z';
    lessonProgress.set({
      visited: {},
      done: {},
      practice: { 'share-with-care/1': { first: 'b', last: 'a', tries: 2, at } },
    });
    renderSheet();
    const section = await screen.findByTestId('practice-sheet');
    expect(section).toHaveTextContent('Lesson 5: Share with care');
    expect(section).toHaveTextContent('1 of 3 scenarios answered right');
    expect(section).toHaveTextContent('Your choice');
  });

  it('has no practice section, and asks for no part, before any scenario is tried', async () => {
    renderSheet();
    expect(
      await screen.findByRole('heading', { name: 'The four practice questions' }),
    ).toBeVisible();
    expect(screen.queryByTestId('practice-sheet')).toBeNull();
    expect(screen.queryByText('Loading this part…')).toBeNull();
  });
});
