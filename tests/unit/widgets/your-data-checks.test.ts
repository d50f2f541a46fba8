// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { pickStrings } from '../../../src/i18n/ui';
import { registeredCollection } from '../../../src/stores/persistence';
import YourData from '../../../src/widgets/YourData.svelte';

/*
 * The "Your data" page fetches a collection's store (the code that checks it) only once the
 * collection is found stored in this browser. No store is imported here before the page mounts (not
 * even src/stores/collections.ts, which imports them all), so what is registered afterwards is what
 * the page fetched.
 */

const strings = pickStrings('en', [
  'backup.',
  'collection.',
  'count.',
  'csvExport.',
  'importHistory.',
  'restore.',
  'room.',
  'share.',
  'storage.',
  'yourData.',
]);

const SLOW = { timeout: 20_000 };

afterEach(() => localStorage.clear());

describe('the Your data page’s checks', () => {
  it('checks each stored collection, reports each damaged one by name, and fetches nothing else', async () => {
    localStorage.setItem('syn:focus-plan', '{"v":2,"data":{"goals":');
    localStorage.setItem('syn:answers', JSON.stringify({ v: 1, data: 'not an answer book' }));
    localStorage.setItem(
      'syn:backup-meta',
      JSON.stringify({ v: 1, data: { lastBackupAt: '2026-03-05T08:30:00.000Z' } }),
    );
    render(YourData, { props: { locale: 'en', strings } });

    const table = await screen.findByRole('table', { name: 'What is stored' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(await screen.findByText('Saved data could not be read: Focus plan')).toBeVisible();
    expect(await screen.findByText('Saved data could not be read: Your answers')).toBeVisible();
    expect(screen.getAllByRole('alert')).toHaveLength(2);

    // The stored collections were read by their own stores; the rest were never fetched.
    expect(registeredCollection('focus-plan')).toBeDefined();
    expect(registeredCollection('answers')).toBeDefined();
    for (const name of ['network', 'introductions', 'intro-weights', 'intro-weigher', 'progress'])
      expect(registeredCollection(name)).toBeUndefined();
    // Nothing damaged was written over while it was checked.
    expect(localStorage.getItem('syn:focus-plan')).toBe('{"v":2,"data":{"goals":');
  });

  it('says a few stored answers take under 1% of the browser’s room, never a rounded-up 1%', async () => {
    localStorage.setItem(
      'syn:answers',
      JSON.stringify({ v: 1, data: { answers: {}, unreadable: {} } }),
    );
    render(YourData, { props: { locale: 'en', strings } });

    const used = await screen.findByTestId('storage-used');
    expect(used).toHaveTextContent(/allows are used \(under 1%\)\.$/);
  });

  it('gives a larger share as a whole percentage of the browser’s room', async () => {
    // Unreadable text counts like any other: 600,000 characters and its key's 11, of 5,000,000.
    localStorage.setItem('syn:answers', 'x'.repeat(600_000));
    render(YourData, { props: { locale: 'en', strings } });

    const used = await screen.findByTestId('storage-used');
    expect(used).toHaveTextContent(/About 600,011 of the roughly 5,000,000 .* \(12%\)\.$/);
  });

  it('lets the reader start a damaged collection afresh, keeping a copy of what was stored', async () => {
    const user = userEvent.setup();
    localStorage.setItem('syn:introductions', '[broken');
    render(YourData, { props: { locale: 'en', strings } });

    // The introductions store is fetched on mount; its first import is slow to transform here.
    const title = await screen.findByText(/could not be read: Introduction log/, {}, SLOW);
    const notice = title.closest('div');
    if (!notice) throw new Error('no notice');
    await user.click(within(notice).getByRole('button', { name: 'Keep a copy and start afresh' }));

    expect(screen.queryByText(/could not be read: Introduction log/)).toBeNull();
    const copies = Object.keys(localStorage).filter((key) => key.includes('introductions'));
    expect(copies.map((key) => localStorage.getItem(key))).toContain('[broken');
  }, 30_000);
});
