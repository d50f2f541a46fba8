import { fireEvent, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import RetrievalPractice from '../../../src/elements/RetrievalPractice.astro';
import { closePage, openPage, render } from './page';
import { readProgress, storedProgress } from './progress-data';

/* share-with-care has three scenarios; the right options are a, b and c (lib/practice/scenarios). */
async function load(storage: Record<string, string> = {}) {
  const html = await render(RetrievalPractice, { locale: 'en', lessonId: 'share-with-care' });
  const page = within(openPage(html, storage).body);
  await import('../../../src/elements/retrieval-practice');
  return page;
}

function scenario(number: number) {
  const form = document.getElementById(`practice-share-with-care-${number}`);
  if (form === null) throw new Error(`no scenario ${number}`);
  return within(form);
}

const option = (number: number, letter: 'a' | 'b' | 'c') =>
  en[`practice.share-with-care.${number}.${letter}` as keyof typeof en];

afterEach(() => closePage());

describe('<retrieval-practice>', () => {
  it('renders every scenario, option and hidden explanation on the server', async () => {
    const html = await render(RetrievalPractice, { locale: 'en', lessonId: 'share-with-care' });
    expect(html).not.toContain('astro-island');
    const page = within(openPage(html).body);
    expect(page.getAllByRole('group')).toHaveLength(3);
    expect(page.getAllByRole('radio')).toHaveLength(9);
    expect(page.getByTestId('practice-score').textContent?.trim()).toBe(
      '0 of 3 scenarios answered right',
    );
  });

  it('renders nothing for a lesson without scenarios', async () => {
    const html = await render(RetrievalPractice, { locale: 'en', lessonId: 'practice' });
    expect(html.trim()).toBe('');
  });

  it('asks for a choice before checking', async () => {
    await load();
    const first = scenario(1);
    fireEvent.submit(first.getByRole('button', { name: 'Check' }).closest('form') as Element);
    expect(first.getByText('Choose an option before checking.')).toBeTruthy();
    expect(first.getByRole('group').getAttribute('aria-describedby')).toBe(
      'practice-share-with-care-1-missing',
    );
    expect(readProgress().practice).toBeUndefined();
  });

  it('checks a wrong choice, explains every option, records it and moves focus to the verdict', async () => {
    const page = await load();
    const first = scenario(1);
    fireEvent.click(first.getByLabelText(option(1, 'b')));
    fireEvent.submit(first.getByRole('button', { name: 'Check' }).closest('form') as Element);
    const verdict = first.getByRole('status');
    expect(verdict.textContent).toBe('Not quite. Read why below, then choose again.');
    expect(document.activeElement).toBe(verdict);
    expect(first.getByText('Not this one · Your choice:')).toBeTruthy();
    expect(first.getByText('The right option:')).toBeTruthy();
    for (const radio of first.getAllByRole('radio')) expect(radio).toHaveProperty('disabled', true);
    expect(readProgress().practice?.['share-with-care/1']).toMatchObject({ first: 'b', last: 'b' });
    expect(page.getByTestId('practice-score').textContent).toBe('0 of 3 scenarios answered right');
    expect(first.queryByRole('button', { name: 'Check' })).toBeNull();
  });

  it('lets the reader choose again, with focus on the first option, and counts a right answer', async () => {
    const page = await load();
    const first = scenario(1);
    fireEvent.click(first.getByLabelText(option(1, 'c')));
    fireEvent.submit(first.getByRole('button', { name: 'Check' }).closest('form') as Element);
    fireEvent.click(first.getByRole('button', { name: 'Choose again' }));
    expect(document.activeElement).toBe(first.getAllByRole('radio')[0]);
    expect(first.getByRole('status').textContent).toBe('');
    fireEvent.click(first.getByLabelText(option(1, 'a')));
    fireEvent.submit(first.getByRole('button', { name: 'Check' }).closest('form') as Element);
    expect(first.getByRole('status').textContent).toBe('Right.');
    expect(readProgress().practice?.['share-with-care/1']).toMatchObject({ first: 'c', last: 'a' });
    expect(page.getByTestId('practice-score').textContent).toBe('1 of 3 scenarios answered right');
  });

  it('shows the choices checked on an earlier visit', async () => {
    const at = '2026-03-01T08:00:00.000Z';
    const page = await load(
      storedProgress({
        practice: {
          'share-with-care/2': { first: 'b', last: 'b', tries: 1, at },
          'share-with-care/3': { first: 'a', last: 'a', tries: 1, at },
        },
      }),
    );
    expect(scenario(2).getByRole('status').textContent).toBe('Right.');
    expect(scenario(2).getByLabelText(option(2, 'b'))).toHaveProperty('checked', true);
    expect(scenario(3).getByRole('status').textContent).toContain('Not quite');
    expect(scenario(1).getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(page.getByTestId('practice-score').textContent).toBe('1 of 3 scenarios answered right');
  });
});
