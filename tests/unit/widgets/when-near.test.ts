// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenNear } from '../../../src/widgets/shared/when-near';

/** A stand-in IntersectionObserver whose callback the test fires by hand. */
class FakeObserver {
  static last: FakeObserver | undefined;
  observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: { isIntersecting: boolean }[]) => void,
    readonly options: { rootMargin?: string },
  ) {
    FakeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
  fire(isIntersecting: boolean) {
    this.callback([{ isIntersecting }]);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.last = undefined;
});

describe('whenNear', () => {
  it('loads nothing until the element comes near the viewport, then loads once', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const load = vi.fn();
    const section = document.createElement('section');
    whenNear(section, load);
    const observer = FakeObserver.last;
    expect(observer?.observed).toEqual([section]);
    expect(observer?.options.rootMargin).toBe('600px');

    observer?.fire(false);
    expect(load).not.toHaveBeenCalled();
    observer?.fire(true);
    expect(load).toHaveBeenCalledTimes(1);
    expect(observer?.disconnected).toBe(true);
  });

  it('stops watching when the element goes away before the reader scrolls to it', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const load = vi.fn();
    whenNear(document.createElement('section'), load)?.destroy();
    expect(FakeObserver.last?.disconnected).toBe(true);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads at once in a browser without IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const load = vi.fn();
    expect(whenNear(document.createElement('section'), load)).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
