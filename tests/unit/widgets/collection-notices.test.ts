// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/en';
import { vi as viStrings } from '../../../src/i18n/vi';

/* The lesson list only shows progress badges; damaged progress must still be mentioned there. */
async function mount(locale: 'en' | 'vi') {
  vi.resetModules();
  const { render, screen, fireEvent, cleanup } = await import('@testing-library/svelte');
  await import('../../../src/stores/progress');
  const { default: CollectionNotices } =
    await import('../../../src/widgets/CollectionNotices.svelte');
  render(CollectionNotices, {
    props: {
      locale,
      strings: { ...(locale === 'en' ? en : viStrings) },
      collections: ['progress'],
    },
  });
  return { screen, fireEvent, cleanup };
}

beforeEach(() => localStorage.clear());
afterEach(async () => (await import('@testing-library/svelte')).cleanup());

describe('the lesson list’s storage notice', () => {
  it('says nothing when the progress reads cleanly', async () => {
    localStorage.setItem('syn:progress', '{"v":1,"data":{"visited":{},"done":{}}}');
    const { screen } = await mount('en');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells the reader in English that their progress is damaged, and offers the original', async () => {
    localStorage.setItem('syn:progress', '{"v":1,"data":{"visited":[1,2');
    const { screen } = await mount('en');
    expect(screen.getByRole('alert').textContent).toContain('Lesson progress');
    expect(screen.getByRole('button', { name: 'Download the original' })).toBeTruthy();
  });

  it('tells a Vietnamese reader how many values were repaired', async () => {
    localStorage.setItem(
      'syn:progress',
      '{"v":1,"data":{"visited":{"practice\\ud800":"2026-03-01T08:00:00.000Z"},"done":{}}}',
    );
    const { screen } = await mount('vi');
    const alert = screen.getByRole('alert').textContent ?? '';
    expect(alert).toContain('Có 1 giá trị');
    expect(alert).toContain(viStrings['collection.progress']);
  });
});
