import { describe, expect, it } from 'vitest';
import { scrollToRow, visibleRows } from '../../../src/lib/windowing/visible-rows';

describe('visibleRows', () => {
  it('gives the rows in view plus the overscan on each side', () => {
    // Row 10 is at the top (400 / 40); 200 px show 5 rows, plus one part row: 10..16;
    // 2 rows of overscan each side: 8..18.
    expect(
      visibleRows({ total: 1000, rowHeight: 40, scrollTop: 400, viewport: 200, overscan: 2 }),
    ).toEqual({ start: 8, end: 18, before: 320, after: 39_280 });
  });

  it('starts at the first row when scrolled to the top', () => {
    expect(
      visibleRows({ total: 100, rowHeight: 50, scrollTop: 0, viewport: 100, overscan: 3 }),
    ).toEqual({ start: 0, end: 6, before: 0, after: 4700 });
  });

  it('ends at the last row when scrolled past the end', () => {
    expect(
      visibleRows({ total: 10, rowHeight: 50, scrollTop: 5000, viewport: 100, overscan: 3 }),
    ).toEqual({ start: 10, end: 10, before: 500, after: 0 });
  });

  it('renders nothing for an empty list or a nonsense row height', () => {
    const empty = { start: 0, end: 0, before: 0, after: 0 };
    expect(
      visibleRows({ total: 0, rowHeight: 40, scrollTop: 0, viewport: 100, overscan: 2 }),
    ).toEqual(empty);
    expect(
      visibleRows({ total: 5, rowHeight: 0, scrollTop: 0, viewport: 100, overscan: 2 }),
    ).toEqual(empty);
  });

  it('treats a negative scroll (overscroll bounce) as the top', () => {
    expect(
      visibleRows({ total: 100, rowHeight: 50, scrollTop: -80, viewport: 100, overscan: 0 }).start,
    ).toBe(0);
  });
});

describe('scrollToRow', () => {
  it('scrolls up to a row above the view and down to one below it', () => {
    expect(scrollToRow({ index: 2, rowHeight: 40, scrollTop: 400, viewport: 200 })).toBe(80);
    // Row 20 ends at 840; the view must end there: 840 - 200.
    expect(scrollToRow({ index: 20, rowHeight: 40, scrollTop: 400, viewport: 200 })).toBe(640);
  });

  it('leaves the scroll alone when the row is in view', () => {
    expect(
      scrollToRow({ index: 12, rowHeight: 40, scrollTop: 400, viewport: 200 }),
    ).toBeUndefined();
  });
});
