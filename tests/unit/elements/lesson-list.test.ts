import { within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { vi as viStrings } from '../../../src/i18n/vi';
import CollectionNotices from '../../../src/elements/CollectionNotices.astro';
import LessonStatus from '../../../src/elements/LessonStatus.astro';
import { closePage, openPage, render } from './page';
import { BROKEN_PROGRESS, storedProgress } from './progress-data';

/* The lesson list: one notice for the progress, and a badge per lesson. */
async function load(storage: Record<string, string>, locale: 'en' | 'vi' = 'en') {
  const notices = await render(CollectionNotices, { locale, collections: ['progress'] });
  const badges = await Promise.all(
    ['network-as-resource', 'where-networks-grow', 'share-with-care'].map((lessonId) =>
      render(LessonStatus, { locale, lessonId }),
    ),
  );
  const page = within(openPage(notices + badges.join(''), storage).body);
  await import('../../../src/elements/collection-notices');
  await import('../../../src/elements/lesson-status');
  // A notice's boxes are fetched when the first notice is due: let that fetch land.
  await vi.dynamicImportSettled();
  return page;
}

function badges(): string[] {
  return [...document.querySelectorAll('lesson-status')].map(
    (badge) => `${badge.getAttribute('data-status')}: ${badge.textContent}`,
  );
}

afterEach(() => closePage());

describe('the lesson badges', () => {
  it('say “not read yet” in the server HTML, before any script', async () => {
    const html = await render(LessonStatus, { locale: 'vi', lessonId: 'practice' });
    expect(html).toContain('Chưa đọc');
    expect(html).not.toContain('astro-island');
  });

  it('show which lessons were opened and which are done', async () => {
    await load(
      storedProgress({
        visited: {
          'network-as-resource': '2026-03-01T08:00:00.000Z',
          'where-networks-grow': '2026-03-02T08:00:00.000Z',
        },
        done: { 'network-as-resource': '2026-03-01T09:00:00.000Z' },
      }),
    );
    expect(badges()).toEqual(['done: Done', 'visited: Opened', 'new: Not read yet']);
    expect(document.querySelector('lesson-status')?.classList.contains('status-done')).toBe(true);
  });

  it('follow a lesson marked done in another tab', async () => {
    await load({});
    const value =
      storedProgress({ done: { 'share-with-care': '2026-03-03T08:00:00.000Z' } })['syn:progress'] ??
      '';
    localStorage.setItem('syn:progress', value);
    window.dispatchEvent(new StorageEvent('storage', { key: 'syn:progress', newValue: value }));
    expect(badges()[2]).toBe('done: Done');
  });
});

describe('the lesson list’s storage notice', () => {
  it('says nothing when the progress reads cleanly', async () => {
    const page = await load(storedProgress({}));
    expect(page.queryByRole('alert')).toBeNull();
  });

  it('tells the reader in English that their progress is damaged, and offers the original', async () => {
    const page = await load(BROKEN_PROGRESS);
    expect(page.getAllByRole('alert')).toHaveLength(1);
    expect(page.getByRole('alert').textContent).toContain('Lesson progress');
    expect(page.getByRole('button', { name: 'Download the original' })).toBeTruthy();
    expect(badges()).toEqual(['new: Not read yet', 'new: Not read yet', 'new: Not read yet']);
  });

  it('tells a Vietnamese reader how many values were repaired', async () => {
    const page = await load(
      {
        'syn:progress':
          '{"v":1,"data":{"visited":{"practice\\ud800":"2026-03-01T08:00:00.000Z"},"done":{}}}',
      },
      'vi',
    );
    const alert = page.getByRole('alert').textContent ?? '';
    expect(alert).toContain('Có 1 giá trị');
    expect(alert).toContain(viStrings['collection.progress']);
  });
});
