import { fireEvent, within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CollectionNotices from '../../../src/elements/CollectionNotices.astro';
import LessonProgress from '../../../src/elements/LessonProgress.astro';
import RetrievalPractice from '../../../src/elements/RetrievalPractice.astro';
import { closePage, openPage, render } from './page';
import { BROKEN_PROGRESS, readProgress } from './progress-data';

/* A lesson page holds several elements reading the progress; the reader meets one notice. */
async function lessonPage(storage: Record<string, string>, claimedBySvelte = false) {
  const html = [
    await render(RetrievalPractice, { locale: 'en', lessonId: 'share-with-care' }),
    await render(LessonProgress, { locale: 'en', lessonId: 'share-with-care' }),
  ].join('');
  const page = within(openPage(html, storage).body);
  const claim = await import('../../../src/widgets/shared/notice-claim');
  // A Svelte island mounted first (the map, the weigher) holds the claim: it speaks, not these.
  if (claimedBySvelte) claim.claimNotices('progress', Symbol('svelte island'));
  await import('../../../src/elements/retrieval-practice');
  await import('../../../src/elements/lesson-progress');
  // A notice's boxes are fetched when the first notice is due: let that fetch land.
  await vi.dynamicImportSettled();
  return { page, claim };
}

afterEach(() => {
  closePage();
  vi.restoreAllMocks();
});

describe('the storage notices of the custom elements', () => {
  it('show one notice per collection on a page, in the first element that reads it', async () => {
    const { page } = await lessonPage(BROKEN_PROGRESS);
    expect(page.getAllByRole('alert')).toHaveLength(1);
    expect(document.querySelector('retrieval-practice [role="alert"]')).not.toBeNull();
  });

  it('leave the notice to a Svelte island that claimed the collection first (one rule: notice-claim.ts)', async () => {
    const { page } = await lessonPage(BROKEN_PROGRESS, true);
    expect(page.queryByRole('alert')).toBeNull();
  });

  it('give the claim back when their element leaves, so the next one can speak', async () => {
    const { page, claim } = await lessonPage(BROKEN_PROGRESS);
    document.querySelector('retrieval-practice')?.remove();
    expect(page.queryByRole('alert')).toBeNull();
    expect(claim.claimNotices('progress', Symbol('next'))).toBe(true);
  });

  it('keep a copy of the damaged text and start afresh when the reader chooses to', async () => {
    const { page } = await lessonPage(BROKEN_PROGRESS);
    fireEvent.click(page.getByRole('button', { name: 'Keep a copy and start afresh' }));
    expect(page.queryByRole('alert')).toBeNull();
    const copies = Object.keys(localStorage).filter((key) => key.startsWith('syn:quarantine'));
    expect(copies.map((key) => localStorage.getItem(key))).toEqual([
      BROKEN_PROGRESS['syn:progress'],
    ]);
    expect(readProgress().done).toEqual({});
  });

  it('offer to start afresh without a copy when there is no room for one', async () => {
    const { page } = await lessonPage(BROKEN_PROGRESS);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    fireEvent.click(page.getByRole('button', { name: 'Keep a copy and start afresh' }));
    expect(page.getByRole('alert').textContent).toContain('no room left to keep a copy');
    setItem.mockRestore();
    const afresh = page.getByRole('button', { name: 'Start afresh without keeping a copy' });
    expect(afresh.classList.contains('danger')).toBe(true);
    fireEvent.click(afresh);
    expect(page.queryByRole('alert')).toBeNull();
  });

  it('say nothing of a collection whose element is not on the page', async () => {
    const html = await render(CollectionNotices, { locale: 'en', collections: ['answers'] });
    const page = within(openPage(html, BROKEN_PROGRESS).body);
    await import('../../../src/elements/collection-notices');
    await import('../../../src/stores/progress').then(({ lessonProgress }) => lessonProgress.get());
    expect(page.queryByRole('alert')).toBeNull();
  });
});
