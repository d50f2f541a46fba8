import { fireEvent, within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SelfCheck from '../../../src/elements/SelfCheck.astro';
import { closePage, openPage, render } from './page';
import { storedProgress } from './progress-data';

const LESSONS = [
  { id: 'network-as-resource', order: 1, title: 'Your network', href: '/en/lessons/a/' },
  { id: 'share-with-care', order: 5, title: 'Share with care', href: '/en/lessons/e/' },
];

function storedAnswers(answers: Record<string, string>): Record<string, string> {
  const at = '2026-03-01T08:00:00.000Z';
  const entries = Object.entries(answers).map(
    ([id, text]): [string, { text: string; updatedAt: string }] => [id, { text, updatedAt: at }],
  );
  return {
    'syn:answers': JSON.stringify({
      v: 1,
      data: { answers: Object.fromEntries(entries), unreadable: {} },
    }),
  };
}

async function load(phase: 'before' | 'after', storage: Record<string, string> = {}) {
  const lessons = phase === 'after' ? LESSONS : [];
  const html = await render(SelfCheck, { locale: 'en', phase, lessons });
  const page = within(openPage(html, storage).body);
  await import('../../../src/elements/answer-box');
  await import('../../../src/elements/self-check');
  return page;
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => {
  closePage();
  vi.useRealTimers();
});

describe('<self-check>', () => {
  it('asks the three questions in answer boxes of their own, saved under before-1 … before-3', async () => {
    const page = await load('before');
    const boxes = page.getAllByRole<HTMLTextAreaElement>('textbox');
    expect(boxes).toHaveLength(3);
    boxes[1]?.focus();
    fireEvent.input(boxes[1] as Element, { target: { value: 'Ba người' } });
    vi.advanceTimersByTime(400);
    const stored = JSON.parse(localStorage.getItem('syn:answers') ?? '{}') as {
      data: { answers: Record<string, { text: string }> };
    };
    expect(stored.data.answers['before-2']?.text).toBe('Ba người');
    expect(page.queryByText('See your answer from the start')).toBeNull();
  });

  it('shows each answer from the start of the path after it, and says when there was none', async () => {
    const page = await load('after', storedAnswers({ 'before-1': 'Chỉ gia đình\nvà bạn thân' }));
    const earlier = page.getAllByText('See your answer from the start');
    expect(earlier).toHaveLength(3);
    const [first, second] = [...document.querySelectorAll('details')];
    const shown = first?.querySelector<HTMLElement>('.earlier-text');
    expect(shown?.textContent).toBe('Chỉ gia đình\nvà bạn thân');
    expect(shown?.hidden).toBe(false);
    expect(first?.querySelector<HTMLElement>('.none')?.hidden).toBe(true);
    expect(second?.querySelector<HTMLElement>('.none')?.hidden).toBe(false);
    expect(second?.querySelector<HTMLElement>('.earlier-text')?.hidden).toBe(true);
  });

  it('lists each lesson’s practice score, “not tried yet” until a scenario is checked', async () => {
    const at = '2026-03-01T08:00:00.000Z';
    const page = await load(
      'after',
      storedProgress({
        practice: { 'share-with-care/1': { first: 'a', last: 'a', tries: 1, at } },
      }),
    );
    const scores = within(page.getByRole('list', { name: 'Try it' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
    expect(scores).toEqual([
      'Lesson 1: Your network: Not tried yet',
      'Lesson 5: Share with care: 1 of 3 scenarios answered right',
    ]);
  });
});
