import { fireEvent, within } from '@testing-library/dom';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import AnswerBox from '../../../src/elements/AnswerBox.astro';
import { closePage, openPage, render, storageOf } from './page';

/*
 * Each test opens the box's server-rendered HTML in a fresh window and loads the element, its
 * store and the persistence layer afresh, as a page load would, over the localStorage the test
 * prepared: opening the page again with the same storage is how a reload is simulated.
 */
async function load(answerId = 'q-a', storage: Record<string, string> = {}) {
  const html = await render(AnswerBox, {
    locale: 'en',
    answerId,
    label: 'How big is your network?',
  });
  const page = within(openPage(html, storage).body);
  await import('../../../src/elements/answer-box');
  return { page, box: page.getByRole<HTMLTextAreaElement>('textbox') };
}

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

function type(box: HTMLTextAreaElement, value: string): void {
  box.focus();
  fireEvent.input(box, { target: { value } });
}

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'Date'],
    now: new Date('2026-03-01T09:30:00Z'),
  });
});
afterEach(() => {
  closePage();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the answer box as the server renders it', () => {
  it('is labelled by its question and read-only until its script has read the saved answer', async () => {
    const html = await render(AnswerBox, { locale: 'vi', answerId: 'q-a', label: 'Câu hỏi' });
    const page = within(openPage(html).body);
    const box = page.getByLabelText<HTMLTextAreaElement>('Câu hỏi');
    expect(box.readOnly).toBe(true);
    expect(box.getAttribute('aria-busy')).toBe('true');
    expect(box.placeholder).toBe('Đang mở câu trả lời đã lưu…');
    expect(page.getByText('0 chữ')).toBeTruthy();
  });

  it('carries no Svelte island', async () => {
    const html = await render(AnswerBox, { locale: 'en', answerId: 'q-a', label: 'Q' });
    expect(html).not.toContain('astro-island');
  });
});

describe('<answer-box>', () => {
  it('is labelled by its question and accepts typing once wired', async () => {
    const { page, box } = await load();
    expect(page.getByLabelText('How big is your network?')).toBe(box);
    expect(box.readOnly).toBe(false);
    expect(box.hasAttribute('aria-busy')).toBe(false);
  });

  it('saves what the reader types once they pause, not on every keystroke', async () => {
    const { box } = await load();
    type(box, 'About 150');
    expect(stored()).toEqual({});
    vi.advanceTimersByTime(399);
    expect(stored()).toEqual({});
    vi.advanceTimersByTime(1);
    expect(stored()['q-a']?.text).toBe('About 150');
  });

  it('shows “Saving…”, then the time it was saved', async () => {
    const { page, box } = await load();
    type(box, 'x');
    expect(page.getByTestId('save-status').textContent).toBe('Saving…');
    vi.advanceTimersByTime(400);
    expect(page.getByTestId('save-status').textContent).toMatch(/^Saved at \d{1,2}:\d{2}/);
  });

  it('saves at once when the reader leaves the box or the page', async () => {
    const { box } = await load();
    type(box, 'left the box');
    fireEvent.blur(box);
    expect(stored()['q-a']?.text).toBe('left the box');
    type(box, 'closed the tab');
    window.dispatchEvent(new Event('pagehide'));
    expect(stored()['q-a']?.text).toBe('closed the tab');
  });

  it('saves what waits when the box is taken off the page', async () => {
    const { box } = await load();
    type(box, 'navigated away');
    box.closest('answer-box')?.remove();
    expect(stored()['q-a']?.text).toBe('navigated away');
  });

  it('restores the saved answer after a reload', async () => {
    const first = await load();
    type(first.box, 'Mạng lưới của tôi');
    vi.advanceTimersByTime(400);
    const { box } = await load('q-a', storageOf());
    expect(box.value).toBe('Mạng lưới của tôi');
    expect(box.readOnly).toBe(false);
  });

  it('keeps a long answer whole', async () => {
    const long = 'Một câu trả lời dài về mạng lưới. '.repeat(700);
    const first = await load();
    type(first.box, long);
    vi.advanceTimersByTime(400);
    const { box } = await load('q-a', storageOf());
    expect(box.value).toBe(long);
  });

  it('counts the words as the reader types, in both languages', async () => {
    const { page, box } = await load();
    expect(page.getByText('0 words')).toBeTruthy();
    type(box, 'Buôn Ma Thuột, one word');
    expect(page.getByText('5 words')).toBeTruthy();
  });

  it('shows a change made in another tab', async () => {
    const { box } = await load();
    fromOtherTab({ 'q-a': 'written in the other tab' });
    expect(box.value).toBe('written in the other tab');
  });

  it('keeps what the reader is typing when another tab changes the same answer, and offers the other version', async () => {
    const { page, box } = await load();
    type(box, 'typing here');
    fromOtherTab({ 'q-a': 'other tab' });
    expect(box.value).toBe('typing here');
    expect(page.getByRole('status').textContent).toContain('changed in another tab');

    // Saved after the pause, over the other tab's version, with the other answers kept.
    vi.advanceTimersByTime(400);
    expect(stored()['q-a']?.text).toBe('typing here');

    fireEvent.click(page.getByRole('button', { name: 'Use the other tab’s version' }));
    expect(box.value).toBe('other tab');
    expect(stored()['q-a']?.text).toBe('other tab');
    expect(page.queryByRole('button', { name: 'Keep mine' })).toBeNull();
  });

  it('keeps the reader’s version when they choose “Keep mine”', async () => {
    const { page, box } = await load();
    type(box, 'mine stays');
    fromOtherTab({ 'q-a': 'theirs' });
    fireEvent.click(page.getByRole('button', { name: 'Keep mine' }));
    expect(box.value).toBe('mine stays');
    expect(stored()['q-a']?.text).toBe('mine stays');
    expect(page.queryByRole('button', { name: 'Use the other tab’s version' })).toBeNull();
  });

  it('keeps another tab’s answer to a different question when it saves', async () => {
    const { box } = await load('q-a');
    type(box, 'mine');
    fromOtherTab({ 'q-b': 'theirs' });
    vi.advanceTimersByTime(400);
    expect(stored()).toMatchObject({ 'q-a': { text: 'mine' }, 'q-b': { text: 'theirs' } });
  });

  it('says “Not saved” when the browser refuses to store it, and keeps the text on screen', async () => {
    const { page, box } = await load();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    type(box, 'kept on screen');
    vi.advanceTimersByTime(400);
    expect(page.getByTestId('save-status').textContent).toBe('Not saved');
    // The notice's boxes are fetched when the first notice is due.
    await vi.dynamicImportSettled();
    expect(page.getByRole('alert').textContent).toContain('NOT being saved');
    expect(page.getByRole('link', { name: 'Open the Your data page' }).getAttribute('href')).toBe(
      '/en/your-data/',
    );
    expect(box.value).toBe('kept on screen');
  });

  it('tells the reader their saved answers could not be read, and writes nothing over them', async () => {
    const broken = '{"v":1,"data":{"answers":{"q-a":';
    const { page, box } = await load('q-a', { 'syn:answers': broken });
    await vi.dynamicImportSettled();
    expect(page.getByRole('alert').textContent).toContain('Saved data could not be read');
    expect(page.getByRole('button', { name: 'Download the original' })).toBeTruthy();
    expect(box.value).toBe('');
    type(box, 'new words');
    vi.advanceTimersByTime(400);
    expect(localStorage.getItem('syn:answers')).toBe(broken);
  });

  it('stores no answer for spaces alone, and leaves them on screen', async () => {
    const { box } = await load();
    type(box, 'a first thought');
    vi.advanceTimersByTime(400);
    type(box, '   ');
    window.dispatchEvent(new Event('pagehide'));
    expect(box.value).toBe('   ');
    expect(stored()['q-a']).toBeUndefined();
  });

  it('never loses the last text, whatever the order of typing, pauses, blurs, page exits and other tabs', async () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), text: fc.string({ maxLength: 12 }) }),
      fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 900 }) }),
      fc.constant({ kind: 'blur' as const }),
      fc.constant({ kind: 'pagehide' as const }),
      fc.record({ kind: fc.constant('other' as const), text: fc.string({ maxLength: 12 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        const { box } = await load();
        for (const action of steps) {
          if (action.kind === 'type') type(box, action.text);
          else if (action.kind === 'wait') vi.advanceTimersByTime(action.ms);
          else if (action.kind === 'blur') fireEvent.blur(box);
          else if (action.kind === 'pagehide') window.dispatchEvent(new Event('pagehide'));
          // The other tab runs the same book, which stores no answer for spaces alone: its
          // blank text reaches this tab as the question dropped, never as blank text stored.
          else fromOtherTab(action.text.trim() === '' ? {} : { 'q-a': action.text });
        }
        // Another tab's version offered while the reader typed: their words are still on screen
        // and "Keep mine" stores them. Then, leaving the page, what is on screen is what is stored.
        const onScreen = box.value;
        const keepMine = within(document.body).queryByRole('button', { name: 'Keep mine' });
        if (keepMine !== null) fireEvent.click(keepMine);
        window.dispatchEvent(new Event('pagehide'));
        expect(box.value).toBe(onScreen);
        // Spaces alone are no answer: the book drops the question rather than keep blank text.
        expect(stored()['q-a']?.text ?? '').toBe(onScreen.trim() === '' ? '' : onScreen);
      }),
      { numRuns: 40 },
    );
    // Forty page loads: room for a busy machine.
  }, 60_000);
});
