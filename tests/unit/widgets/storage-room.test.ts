// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pickStrings } from '../../../src/i18n/ui';
import { translator } from '../../../src/lib/i18n/translator';
import StorageRoom from '../../../src/widgets/your-data/StorageRoom.svelte';

const t = translator('en', pickStrings('en', ['room.']));

function estimateWith(estimate: (() => Promise<StorageEstimate>) | undefined) {
  vi.stubGlobal('navigator', { ...navigator, storage: estimate ? { estimate } : undefined });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the room the browser gives', () => {
  it('holds its paragraph from the start, so nothing below it moves when the browser answers', async () => {
    let answer: (value: StorageEstimate) => void = () => undefined;
    estimateWith(() => new Promise((resolve) => (answer = resolve)));
    render(StorageRoom, { t, locale: 'en' });
    const paragraph = screen.getByTestId('storage-estimate');
    expect(paragraph).toHaveTextContent('Asking the browser');
    answer({ usage: 2_500_000, quota: 10_000_000_000 });
    await vi.waitFor(() =>
      expect(paragraph).toHaveTextContent('about 2.5 MB of the roughly 10 GB'),
    );
    expect(screen.getByTestId('storage-estimate')).toBe(paragraph);
  });

  it('says so when the browser cannot estimate, or fails to', async () => {
    estimateWith(undefined);
    const { unmount } = render(StorageRoom, { t, locale: 'en' });
    await vi.waitFor(() =>
      expect(screen.getByTestId('storage-estimate')).toHaveTextContent('does not say'),
    );
    unmount();
    estimateWith(() => Promise.reject(new Error('blocked')));
    render(StorageRoom, { t, locale: 'en' });
    await vi.waitFor(() =>
      expect(screen.getByTestId('storage-estimate')).toHaveTextContent('does not say'),
    );
  });
});
