// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/* Each test imports fresh stores, as a reload would, over the localStorage the test sets up. */
async function load() {
  vi.resetModules();
  const store = await import('../../../src/stores/answers');
  const health = await import('../../../src/stores/storage-health');
  return { ...store, ...health };
}

function stored(): unknown {
  return JSON.parse(localStorage.getItem('syn:answers') ?? 'null');
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.useRealTimers());

describe('answers', () => {
  it('starts empty when nothing was saved', async () => {
    const { answers } = await load();
    expect(answers.get()).toEqual({ answers: {}, unreadable: {} });
  });

  it('reads the answers an earlier visit saved', async () => {
    const { saveAnswer } = await load();
    saveAnswer('q-a', 'Khoảng 150 người');
    const { answers } = await load();
    expect(answers.get().answers['q-a']?.text).toBe('Khoảng 150 người');
  });

  it('restores leniently and keeps what it could not read when it saves again', async () => {
    localStorage.setItem(
      'syn:answers',
      JSON.stringify({ v: 1, data: { answers: { 'q-a': { text: 'kept' }, 'q-b': { no: 1 } } } }),
    );
    const { answers, saveAnswer, storageHealth } = await load();
    expect(answers.get().answers['q-a']).toEqual({ text: 'kept', updatedAt: '' });
    expect(storageHealth.get()['answers']).toBeUndefined();
    saveAnswer('q-c', 'new');
    expect(stored()).toMatchObject({ data: { unreadable: { 'q-b': { no: 1 } } } });
  });

  it('never writes over a stored value that is not a book, and reports it', async () => {
    const raw = '{"v":1,"data":"a string"}';
    localStorage.setItem('syn:answers', raw);
    const { saveAnswer, storageHealth } = await load();
    saveAnswer('q-a', 'typed after the damage');
    expect(localStorage.getItem('syn:answers')).toBe(raw);
    expect(storageHealth.get()['answers']).toMatchObject({ state: 'damaged' });
  });
});

describe('saveAnswer', () => {
  it('saves a versioned value with the time it was written', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T09:30:00.000Z'), toFake: ['Date'] });
    const { saveAnswer } = await load();
    saveAnswer('reflect-practice', 'Hỏi ý cả hai phía trước.');
    expect(stored()).toEqual({
      v: 1,
      data: {
        answers: {
          'reflect-practice': {
            text: 'Hỏi ý cả hai phía trước.',
            updatedAt: '2026-03-01T09:30:00.000Z',
          },
        },
        unreadable: {},
      },
    });
  });

  it('keeps the time an answer was written when the same text is saved again', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T09:30:00.000Z'), toFake: ['Date'] });
    const { answers, saveAnswer } = await load();
    saveAnswer('q-a', 'same');
    vi.setSystemTime(new Date('2026-03-02T00:00:00.000Z'));
    saveAnswer('q-a', 'same');
    expect(answers.get().answers['q-a']?.updatedAt).toBe('2026-03-01T09:30:00.000Z');
  });

  it('keeps an answer another tab saved meanwhile', async () => {
    const { answers, saveAnswer } = await load();
    const unbind = answers.listen(() => {});
    const otherTab = JSON.stringify({
      v: 1,
      data: { answers: { 'q-b': { text: 'from the other tab', updatedAt: '' } }, unreadable: {} },
    });
    localStorage.setItem('syn:answers', otherTab);
    window.dispatchEvent(new StorageEvent('storage', { key: 'syn:answers', newValue: otherTab }));
    saveAnswer('q-a', 'from this tab');
    expect(Object.keys(answers.get().answers).sort()).toEqual(['q-a', 'q-b']);
    unbind();
  });
});
