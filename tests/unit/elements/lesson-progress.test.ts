import { fireEvent, within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import LessonProgress from '../../../src/elements/LessonProgress.astro';
import { closePage, openPage, render } from './page';
import { BROKEN_PROGRESS, readProgress, storedProgress } from './progress-data';

async function load(storage: Record<string, string> = {}, locale: 'en' | 'vi' = 'en') {
  const html = await render(LessonProgress, { locale, lessonId: 'share-with-care' });
  const page = within(openPage(html, storage).body);
  await import('../../../src/elements/lesson-progress');
  // A notice's boxes are fetched when the first notice is due: let that fetch land.
  await vi.dynamicImportSettled();
  return page;
}

/** Lets the live region's "empty, then say it" step run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => closePage());

describe('<lesson-progress>', () => {
  it('offers “Mark as done” in the server HTML, before any script', async () => {
    const html = await render(LessonProgress, { locale: 'vi', lessonId: 'share-with-care' });
    const page = within(openPage(html).body);
    const button = page.getByRole('button', { name: 'Đánh dấu đã xong' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(html).not.toContain('astro-island');
  });

  it('records that the lesson was opened, and makes it the lesson to continue', async () => {
    await load();
    const progress = readProgress() as { visited: Record<string, string>; last?: string };
    expect(Object.keys(progress.visited)).toEqual(['share-with-care']);
    expect(progress.last).toBe('share-with-care');
  });

  it('marks the lesson done and says so to screen readers, then unmarks it', async () => {
    const page = await load();
    fireEvent.click(page.getByRole('button', { name: 'Mark as done' }));
    const pressed = page.getByRole('button', { name: 'Done — unmark' });
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
    expect(pressed.classList.contains('primary')).toBe(false);
    expect(Object.keys(readProgress().done)).toEqual(['share-with-care']);
    await settle();
    expect(page.getByRole('status').textContent).toBe('This lesson is marked as done.');

    fireEvent.click(pressed);
    expect(page.getByRole('button', { name: 'Mark as done' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(readProgress().done).toEqual({});
    await settle();
    expect(page.getByRole('status').textContent).toBe('This lesson is no longer marked as done.');
  });

  it('shows a lesson done earlier as done, in Vietnamese', async () => {
    const page = await load(
      storedProgress({ done: { 'share-with-care': '2026-03-01T08:00:00.000Z' } }),
      'vi',
    );
    expect(
      page.getByRole('button', { name: 'Đã xong — bỏ đánh dấu' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('tells the reader their progress could not be read, and leaves the stored text alone', async () => {
    const page = await load(BROKEN_PROGRESS);
    expect(page.getByRole('alert').textContent).toContain('Lesson progress');
    expect(localStorage.getItem('syn:progress')).toBe(BROKEN_PROGRESS['syn:progress']);
  });
});
