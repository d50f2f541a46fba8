// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { debouncedWrite, flushPendingWrites } from '../../../src/stores/pending-writes';

afterEach(() => vi.useRealTimers());

describe('debouncedWrite', () => {
  it('writes only the last value once the reader pauses', () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const save = debouncedWrite((text: string) => written.push(text), 300);
    save('H');
    save('Hi');
    vi.advanceTimersByTime(299);
    expect(written).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(written).toEqual(['Hi']);
    save.dispose();
  });

  it('writes what is pending when the page is hidden or left', () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const save = debouncedWrite((text: string) => written.push(text), 10_000);
    save('last words');
    window.dispatchEvent(new Event('pagehide'));
    expect(written).toEqual(['last words']);
    save('more');
    flushPendingWrites();
    expect(written).toEqual(['last words', 'more']);
    save.dispose();
  });

  it('does nothing on flush when nothing is pending', () => {
    const write = vi.fn();
    const save = debouncedWrite(write, 10);
    save.flush();
    expect(write).not.toHaveBeenCalled();
    save.dispose();
  });
});
