// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/en';

/*
 * Each test loads the widget, its store and the Svelte runtime afresh, as a page load would, over
 * the localStorage the test prepared: re-importing is how a reload is simulated.
 */
async function load() {
  vi.resetModules();
  const { render, fireEvent, cleanup } = await import('@testing-library/svelte');
  const { tick } = await import('svelte');
  const { default: AnswerBox } = await import('../../../src/widgets/AnswerBox.svelte');
  const store = await import('../../../src/stores/answers');
  const mount = (answerId = 'q-a') =>
    render(AnswerBox, {
      props: { locale: 'en', strings: { ...en }, answerId, label: 'How big is your network?' },
    });
  return { mount, fireEvent, cleanup, tick, ...store };
}

type Loaded = Awaited<ReturnType<typeof load>>;
let loaded: Loaded | undefined;

function stored(): Record<string, { text: string }> {
  const raw = localStorage.getItem('syn:answers');
  return raw === null
    ? {}
    : (JSON.parse(raw) as { data: { answers: Record<string, { text: string }> } }).data.answers;
}

function fromOtherTab(answers: Record<string, string>): void {
  const value = JSON.stringify({
    v: 1,
    data: {
      answers: Object.fromEntries(
        Object.entries(answers).map(([id, text]) => [
          id,
          { text, updatedAt: '2026-03-01T08:00:00.000Z' },
        ]),
      ),
      unreadable: {},
    },
  });
  localStorage.setItem('syn:answers', value);
  window.dispatchEvent(new StorageEvent('storage', { key: 'syn:answers', newValue: value }));
}

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'Date'],
    now: new Date('2026-03-01T09:30:00Z'),
  });
});
afterEach(() => {
  loaded?.cleanup();
  loaded = undefined;
  vi.useRealTimers();
});

async function type(box: HTMLTextAreaElement, value: string) {
  const { fireEvent } = loaded!;
  box.focus();
  await fireEvent.input(box, { target: { value } });
}

describe('AnswerBox', () => {
  it('is labelled by its question', async () => {
    loaded = await load();
    const view = loaded.mount();
    expect(view.getByLabelText('How big is your network?').tagName).toBe('TEXTAREA');
  });

  it('saves what the reader types once they pause, not on every keystroke', async () => {
    loaded = await load();
    const box = loaded.mount().getByRole('textbox') as HTMLTextAreaElement;
    await type(box, 'About 150');
    expect(stored()).toEqual({});
    vi.advanceTimersByTime(399);
    expect(stored()).toEqual({});
    vi.advanceTimersByTime(1);
    expect(stored()['q-a']?.text).toBe('About 150');
  });

  it('shows “Saving…”, then the time it was saved', async () => {
    loaded = await load();
    const view = loaded.mount();
    await type(view.getByRole('textbox') as HTMLTextAreaElement, 'x');
    expect(view.getByTestId('save-status').textContent).toBe('Saving…');
    vi.advanceTimersByTime(400);
    await loaded.tick();
    expect(view.getByTestId('save-status').textContent).toMatch(/^Saved at \d{1,2}:\d{2}/);
  });

  it('saves at once when the reader leaves the box or the page', async () => {
    loaded = await load();
    const view = loaded.mount();
    const box = view.getByRole('textbox') as HTMLTextAreaElement;
    await type(box, 'left the box');
    await loaded.fireEvent.blur(box);
    expect(stored()['q-a']?.text).toBe('left the box');
    await type(box, 'closed the tab');
    window.dispatchEvent(new Event('pagehide'));
    expect(stored()['q-a']?.text).toBe('closed the tab');
  });

  it('restores the saved answer after a reload', async () => {
    loaded = await load();
    await type(loaded.mount().getByRole('textbox') as HTMLTextAreaElement, 'Mạng lưới của tôi');
    vi.advanceTimersByTime(400);
    loaded.cleanup();

    loaded = await load();
    const box = loaded.mount().getByRole('textbox') as HTMLTextAreaElement;
    expect(box.value).toBe('Mạng lưới của tôi');
    expect(box.readOnly).toBe(false);
  });

  it('keeps a long answer whole', async () => {
    const long = 'Một câu trả lời dài về mạng lưới. '.repeat(700);
    loaded = await load();
    await type(loaded.mount().getByRole('textbox') as HTMLTextAreaElement, long);
    vi.advanceTimersByTime(400);
    loaded.cleanup();
    loaded = await load();
    expect((loaded.mount().getByRole('textbox') as HTMLTextAreaElement).value).toBe(long);
  });

  it('counts the words as the reader types, in both languages', async () => {
    loaded = await load();
    const view = loaded.mount();
    expect(view.getByText('0 words')).toBeTruthy();
    await type(view.getByRole('textbox') as HTMLTextAreaElement, 'Buôn Ma Thuột, one word');
    expect(view.getByText('5 words')).toBeTruthy();
  });

  it('shows a change made in another tab', async () => {
    loaded = await load();
    const box = loaded.mount().getByRole('textbox') as HTMLTextAreaElement;
    fromOtherTab({ 'q-a': 'written in the other tab' });
    await loaded.tick();
    expect(box.value).toBe('written in the other tab');
  });

  it('keeps what the reader is typing when another tab changes the same answer, and offers the other version', async () => {
    loaded = await load();
    const view = loaded.mount();
    const box = view.getByRole('textbox') as HTMLTextAreaElement;
    await type(box, 'typing here');
    fromOtherTab({ 'q-a': 'other tab' });
    await loaded.tick();
    expect(box.value).toBe('typing here');
    expect(view.getByRole('status').textContent).toContain('changed in another tab');

    // Saved after the pause, over the other tab's version, with the other answers kept.
    vi.advanceTimersByTime(400);
    expect(stored()['q-a']?.text).toBe('typing here');

    await loaded.fireEvent.click(view.getByRole('button', { name: 'Use the other tab’s version' }));
    expect(box.value).toBe('other tab');
    expect(stored()['q-a']?.text).toBe('other tab');
    expect(view.queryByRole('button', { name: 'Keep mine' })).toBeNull();
  });

  it('keeps another tab’s answer to a different question when it saves', async () => {
    loaded = await load();
    await type(loaded.mount('q-a').getByRole('textbox') as HTMLTextAreaElement, 'mine');
    fromOtherTab({ 'q-b': 'theirs' });
    vi.advanceTimersByTime(400);
    expect(stored()).toMatchObject({ 'q-a': { text: 'mine' }, 'q-b': { text: 'theirs' } });
  });

  it('says “Not saved” when the browser refuses to store it', async () => {
    loaded = await load();
    const view = loaded.mount();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await type(view.getByRole('textbox') as HTMLTextAreaElement, 'kept on screen');
    vi.advanceTimersByTime(400);
    await loaded.tick();
    expect(view.getByTestId('save-status').textContent).toBe('Not saved');
    expect(view.getByRole('alert').textContent).toContain('NOT being saved');
    expect((view.getByRole('textbox') as HTMLTextAreaElement).value).toBe('kept on screen');
    vi.restoreAllMocks();
  });
});
