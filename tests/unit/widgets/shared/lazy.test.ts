// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Component } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../../../src/lib/i18n/translator';
import { dictionaries } from '../../../../src/i18n/ui';
import { lazyPart, loadOnIntent } from '../../../../src/widgets/shared/lazy-part';
import LazyField from './fixtures/LazyField.svelte';
import LazyHarness from './fixtures/LazyHarness.svelte';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

type Field = Component<{ label: string }>;
const t = (locale: 'vi' | 'en') => translator(locale, dictionaries[locale]);

/** A part whose fetch the test settles by hand, like a chunk on a slow connection. */
function slowPart() {
  let arrive: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const fetchModule = vi.fn(
    () =>
      new Promise<{ default: Field }>((resolve, reject) => {
        arrive = () => resolve({ default: LazyField as Field });
        fail = reject;
      }),
  );
  return {
    part: lazyPart(fetchModule),
    fetchModule,
    arrive: () => arrive(),
    fail: (e: Error) => fail(e),
  };
}

describe('lazyPart', () => {
  it('fetches a part once while the fetch is under way and keeps it once it has arrived', async () => {
    const slow = slowPart();
    const first = slow.part.load();
    const second = slow.part.load();
    expect(slow.part.current).toBeUndefined();
    slow.arrive();
    expect(await first).toBe(LazyField);
    expect(await second).toBe(LazyField);
    expect(slow.part.current).toBe(LazyField);
    expect(slow.fetchModule).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed fetch, so that the next load tries again', async () => {
    const fetchModule = vi
      .fn<() => Promise<{ default: Field }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ default: LazyField as Field });
    const part = lazyPart(fetchModule);
    await expect(part.load()).rejects.toThrow('Failed to fetch');
    expect(part.current).toBeUndefined();
    expect(await part.load()).toBe(LazyField);
    expect(fetchModule).toHaveBeenCalledTimes(2);
  });
});

describe('Lazy', () => {
  it('keeps the room of the part and says it is loading until the part arrives', async () => {
    const slow = slowPart();
    const user = userEvent.setup();
    render(LazyHarness, { part: slow.part, t: t('en') });
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const waiting = screen.getByRole('status');
    expect(waiting.textContent).toBe('Loading this part…');
    expect(waiting.parentElement?.style.minHeight).toBe('12rem');
    slow.arrive();
    expect(await screen.findByLabelText('Name')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows a part that has arrived before at once, with no loading state', async () => {
    const slow = slowPart();
    const loading = slow.part.load();
    slow.arrive();
    await loading;
    const user = userEvent.setup();
    render(LazyHarness, { part: slow.part, t: t('en') });
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByLabelText('Name')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('moves keyboard focus to the first field of the part once it is in', async () => {
    const slow = slowPart();
    const user = userEvent.setup();
    render(LazyHarness, { part: slow.part, t: t('en'), focus: true });
    await user.keyboard('{Tab}{Enter}');
    slow.arrive();
    const field = await screen.findByLabelText('Name');
    await vi.waitFor(() => expect(document.activeElement).toBe(field));
  });

  it('leaves focus alone when the reader has moved on while the part loaded', async () => {
    const slow = slowPart();
    const user = userEvent.setup();
    const elsewhere = document.body.appendChild(document.createElement('button'));
    render(LazyHarness, { part: slow.part, t: t('en'), focus: true });
    await user.click(screen.getByRole('button', { name: 'Open' }));
    elsewhere.focus();
    slow.arrive();
    await screen.findByLabelText('Name');
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });

  it.each([
    [
      'en',
      'This part of the page could not be loaded (you may be offline, or the site has just been updated). Everything you saved is still there.',
      'Try again',
    ],
    [
      'vi',
      'Không tải được phần này của trang (có thể bạn đang ngoại tuyến, hoặc trang vừa được cập nhật). Những gì bạn đã lưu vẫn còn nguyên.',
      'Thử tải lại',
    ],
  ] as const)(
    'says in %s that the part could not be loaded, focuses "try again", and loads it on a retry',
    async (locale, message, retry) => {
      const slow = slowPart();
      const user = userEvent.setup();
      render(LazyHarness, { part: slow.part, t: t(locale), focus: true });
      await user.keyboard('{Tab}{Enter}');
      slow.fail(new TypeError('Failed to fetch dynamically imported module'));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(message);
      const button = screen.getByRole('button', { name: retry });
      await vi.waitFor(() => expect(document.activeElement).toBe(button));
      await user.click(button);
      slow.arrive();
      const field = await screen.findByLabelText('Name');
      expect(screen.queryByRole('alert')).toBeNull();
      await vi.waitFor(() => expect(document.activeElement).toBe(field));
    },
  );

  it('fetches a part below the fold once the page has settled, even if it is never scrolled to', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal(
        'IntersectionObserver',
        class {
          observe() {}
          disconnect() {}
        },
      );
      const slow = slowPart();
      render(LazyHarness, { part: slow.part, t: t('en'), when: 'visible' });
      await fireEvent.click(screen.getByRole('button', { name: 'Open' }));
      vi.advanceTimersByTime(1000);
      expect(slow.fetchModule).not.toHaveBeenCalled();
      // Three seconds, then the browser's next idle moment (jsdom has no requestIdleCallback).
      vi.advanceTimersByTime(2500);
      expect(slow.fetchModule).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits for its place to come near the screen before fetching a part below the fold', async () => {
    const observed: Array<(entries: Array<{ isIntersecting: boolean }>) => void> = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: Array<{ isIntersecting: boolean }>) => void) {
          observed.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    const slow = slowPart();
    const user = userEvent.setup();
    render(LazyHarness, { part: slow.part, t: t('en'), when: 'visible' });
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(slow.fetchModule).not.toHaveBeenCalled();
    observed[0]?.([{ isIntersecting: false }]);
    expect(slow.fetchModule).not.toHaveBeenCalled();
    observed[0]?.([{ isIntersecting: true }]);
    expect(slow.fetchModule).toHaveBeenCalledTimes(1);
    slow.arrive();
    expect(await screen.findByLabelText('Name')).toBeTruthy();
  });
});

describe('loadOnIntent', () => {
  /** A region with a button inside, with the attachment on it; returns its parts' fetches. */
  function region(...parts: ReturnType<typeof slowPart>[]) {
    const element = document.createElement('div');
    element.innerHTML = '<button type="button">Lan</button>';
    document.body.append(element);
    const detach = loadOnIntent(...parts.map((slow) => slow.part))(element);
    return { element, button: element.querySelector('button') as HTMLButtonElement, detach };
  }

  it('fetches nothing until the reader comes near, then every part once on the first sign', async () => {
    const card = slowPart();
    const bar = slowPart();
    const { element, button, detach } = region(card, bar);
    expect(card.fetchModule).not.toHaveBeenCalled();
    await userEvent.setup().hover(button);
    expect(card.fetchModule).toHaveBeenCalledTimes(1);
    expect(bar.fetchModule).toHaveBeenCalledTimes(1);
    // Further pointers, focus and keys ask for nothing more.
    button.focus();
    await fireEvent.keyDown(button, { key: 'Enter' });
    await fireEvent.pointerDown(button);
    expect(card.fetchModule).toHaveBeenCalledTimes(1);
    detach();
    element.remove();
  });

  it.each([
    ['focus moving in', (button: HTMLElement) => Promise.resolve(button.focus())],
    ['a key pressed', (button: HTMLElement) => fireEvent.keyDown(button, { key: 'ArrowRight' })],
    ['a pointer pressed', (button: HTMLElement) => fireEvent.pointerDown(button)],
  ])('counts %s as a sign', async (_sign, act) => {
    const card = slowPart();
    const { element, button, detach } = region(card);
    await act(button);
    expect(card.fetchModule).toHaveBeenCalledTimes(1);
    detach();
    element.remove();
  });

  it('tries again on the next sign after a failed fetch, and not at all once the region has gone', async () => {
    const card = slowPart();
    const { element, button, detach } = region(card);
    await fireEvent.pointerDown(button);
    card.fail(new TypeError('Failed to fetch dynamically imported module'));
    await vi.waitFor(() => expect(card.part.current).toBeUndefined());
    await Promise.resolve();
    await fireEvent.pointerDown(button);
    expect(card.fetchModule).toHaveBeenCalledTimes(2);
    card.arrive();
    await vi.waitFor(() => expect(card.part.current).toBe(LazyField));

    const table = slowPart();
    const gone = region(table);
    gone.detach();
    await fireEvent.pointerDown(gone.button);
    expect(table.fetchModule).not.toHaveBeenCalled();
    detach();
    element.remove();
    gone.element.remove();
  });
});
