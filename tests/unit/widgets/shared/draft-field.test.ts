// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftField } from '../../../../src/widgets/shared/draft-field';

/** A field saving into `saved`, with a clock the test moves. */
function setup(options: ConstructorParameters<typeof DraftField<string>>[1] = {}) {
  const saved: string[] = [];
  let clock = 0;
  const field = new DraftField((value: string) => saved.push(value), {
    now: () => clock,
    ...options,
  });
  const wait = (ms: number) => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  };
  return { field, saved, wait };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('DraftField', () => {
  it('saves once, with the last text, when the reader pauses after fast typing', () => {
    const { field, saved, wait } = setup();
    for (const text of ['N', 'Ng', 'Ngu', 'Nguyễn', 'Nguyễn Văn Anh']) {
      field.input(text);
      wait(50);
    }
    expect(saved).toEqual([]);
    wait(400);
    expect(saved).toEqual(['Nguyễn Văn Anh']);
  });

  it('saves at once when the reader leaves the field, without waiting for the pause', () => {
    const { field, saved } = setup();
    field.focus();
    field.input('Gặp lại chị Lan ở hội thảo');
    field.blur();
    expect(saved).toEqual(['Gặp lại chị Lan ở hội thảo']);
    expect(field.pending).toBe(false);
  });

  it('saves what waits when it is taken off the page mid-wait (unmount)', () => {
    const { field, saved, wait } = setup();
    field.input('half a sentence');
    wait(100);
    field.dispose();
    expect(saved).toEqual(['half a sentence']);
    wait(1000);
    expect(saved).toEqual(['half a sentence']);
  });

  it('saves what waits when the page is left (pagehide), before the pause ends', () => {
    const { field, saved } = setup();
    field.input('typed just before closing the tab');
    window.dispatchEvent(new Event('pagehide'));
    expect(saved).toEqual(['typed just before closing the tab']);
    field.dispose();
  });

  it('saves nothing on blur when nothing was typed', () => {
    const { field, saved } = setup();
    field.focus();
    field.blur();
    field.dispose();
    expect(saved).toEqual([]);
  });

  it('joins the values typed during one wait when told how (a patch of several fields)', () => {
    const patches: Record<string, string>[] = [];
    const field = new DraftField<Record<string, string>>((patch) => patches.push(patch), {
      combine: (waiting, next) => ({ ...waiting, ...next }),
    });
    field.input({ company: 'Công ty Sao Mai' });
    field.input({ position: 'Kế toán' });
    field.input({ company: 'Công ty Sao Mai (Đà Nẵng)' });
    field.flush();
    expect(patches).toEqual([{ company: 'Công ty Sao Mai (Đà Nẵng)', position: 'Kế toán' }]);
    field.dispose();
  });

  it('says a save is waiting, for a "saving…" line, and when it is done', () => {
    const changes: boolean[] = [];
    const { field, wait } = setup({ onpending: (pending) => changes.push(pending) });
    field.input('a');
    field.input('ab');
    expect(field.pending).toBe(true);
    wait(400);
    expect(field.pending).toBe(false);
    expect(changes).toEqual([true, false]);
    field.dispose();
  });

  it('counts the reader as typing while a save waits or a moment after a keystroke in the field', () => {
    const { field, wait } = setup({ typingMs: 3000 });
    expect(field.typing()).toBe(false);
    field.focus();
    field.input('x');
    expect(field.typing()).toBe(true);
    wait(400);
    expect(field.typing()).toBe(true);
    wait(3000);
    expect(field.typing()).toBe(false);
    field.input('xy');
    field.blur();
    expect(field.typing()).toBe(false);
    field.dispose();
  });

  it('saves a value chosen with a button at once', () => {
    const { field, saved } = setup();
    field.input('mine, still waiting');
    field.saveNow('the other tab’s text');
    expect(saved).toEqual(['the other tab’s text']);
    expect(field.pending).toBe(false);
    field.dispose();
  });

  it('never loses the last text, whatever the order of typing, pauses, blurs and unmounting', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), text: fc.string({ maxLength: 12 }) }),
      fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 900 }) }),
      fc.record({ kind: fc.constant('blur' as const) }),
      fc.record({ kind: fc.constant('focus' as const) }),
      fc.record({ kind: fc.constant('leave' as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.boolean(), (steps, unmount) => {
        const { field, saved, wait } = setup();
        let typed: string | undefined;
        for (const s of steps) {
          if (s.kind === 'type') {
            field.input(s.text);
            typed = s.text;
          } else if (s.kind === 'wait') wait(s.ms);
          else if (s.kind === 'blur') field.blur();
          else if (s.kind === 'focus') field.focus();
          else window.dispatchEvent(new Event('pagehide'));
        }
        if (unmount) field.dispose();
        else {
          window.dispatchEvent(new Event('pagehide'));
          field.dispose();
        }
        // Whatever happened, the last words typed are the last words saved, and nothing waits.
        expect(saved.at(-1)).toBe(typed);
        expect(field.pending).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
